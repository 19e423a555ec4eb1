import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe, type Me } from "../auth/hooks";
import { ErrorAlert } from "../components/ErrorAlert";
import { useDocumentTitle } from "../components/useDocumentTitle";
import { BoxPassphrasePrompt, BoxProtection } from "./account/BoxProtection";
import { TWO_FACTOR_PATH } from "./account/hooks";
import { SealedCount, UrgentAlerts } from "./BoxStatus";
import { ActsInbox } from "./box/ActsInbox";
import { CasesInbox } from "./cases/CasesInbox";
import { can } from "./roles";
import { useInLanguage } from "../i18n/inLanguages";

function Account({ me }: { me: Me }) {
  const shown = useInLanguage();
  const { t } = useTranslation("staff");
  const roles = me.roles.map((role) => t(`roles.${role}`)).join(", ");
  return (
    <section aria-labelledby="account-heading">
      <h2 id="account-heading">{t("shell.account")}</h2>
      <dl className="facts">
        <div>
          <dt>{t("shell.full_name")}</dt>
          <dd>{me.full_name}</dd>
        </div>
        <div>
          <dt>{t("shell.position")}</dt>
          <dd>{me.position}</dd>
        </div>
        <div>
          <dt>{t("shell.roles")}</dt>
          <dd>{roles || t("shell.none")}</dd>
        </div>
        {me.school && (
          <div>
            <dt>{t("shell.school")}</dt>
            <dd>{shown(me.school.names, me.school.name)}</dd>
          </div>
        )}
        {me.district && (
          <div>
            <dt>{t("shell.district")}</dt>
            <dd>{shown(me.district.names, me.district.name)}</dd>
          </div>
        )}
        <div>
          <dt>{t("shell.login")}</dt>
          <dd>{me.login}</dd>
        </div>
        <div>
          <dt>{t("shell.two_factor")}</dt>
          <dd>
            {me.two_factor.enabled ? t("shell.two_factor_on") : t("shell.two_factor_off")}{" "}
            <Link to={TWO_FACTOR_PATH}>{t("shell.two_factor_manage")}</Link>
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** Where the social pedagogue and the district office start: the report, the district's schools. */
function StartLinks({ me }: { me: Me }) {
  const { t } = useTranslation("staff");
  const report = me.roles.includes("social_pedagogue") && can.prepareReports(me);
  const district = can.watchDistrict(me);
  if (!report && !district) return null;
  return (
    <section aria-labelledby="start-heading">
      <h2 id="start-heading">{t("start.heading")}</h2>
      <ul className="link-list">
        {report && (
          <li>
            <Link to="/staff/reports">{t("start.report")}</Link>
          </li>
        )}
        {district && (
          <li>
            <Link to="/staff/district">{t("start.district")}</Link>
          </li>
        )}
      </ul>
    </section>
  );
}

/** The signed-in staff member's start page: what needs them now, and who they are. */
export function StartPage() {
  const { t } = useTranslation(["staff", "common"]);
  const me = useMe();
  useDocumentTitle(t("shell.title"));

  return (
    <section className="panel">
      <h1>{t("shell.title")}</h1>
      {me.isPending && <p role="status">{t("common:loading")}</p>}
      {me.isError && <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />}
      {me.isSuccess && (
        <>
          {me.data.school && <UrgentAlerts me={me.data} school={me.data.school.slug} />}
          <p className="greeting">{t("shell.greeting", { name: me.data.full_name })}</p>
          <BoxPassphrasePrompt me={me.data} />
          <StartLinks me={me.data} />
          {me.data.school && can.acknowledgeActs(me.data) && <ActsInbox school={me.data.school.slug} />}
          {me.data.school && can.handleCases(me.data) && <CasesInbox me={me.data} school={me.data.school.slug} />}
          {me.data.school && <SealedCount me={me.data} school={me.data.school.slug} />}
          {me.data.school && can.followOpenings(me.data) && (
            <BoxProtection school={me.data.school.slug} showMembers={false} />
          )}
          <Account me={me.data} />
        </>
      )}
    </section>
  );
}
