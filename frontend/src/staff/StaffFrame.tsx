import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, NavLink, Outlet, useLocation } from "react-router";
import { enrolmentPending, passwordChangePending, useMe, useSignOut } from "../auth/hooks";
import { BOX_PASSPHRASE_PATH } from "./account/BoxProtection";
import { TWO_FACTOR_PATH } from "./account/hooks";
import { can } from "./roles";

interface Section {
  to: string;
  label: string;
  shown: boolean;
  end: boolean;
}

function SectionLinks({ sections }: { sections: readonly Section[] }) {
  return sections
    .filter((section) => section.shown)
    .map((section) => (
      <li key={section.to}>
        <NavLink to={section.to} end={section.end}>
          {section.label}
        </NavLink>
      </li>
    ));
}

/**
 * The frame of the staff pages: the sections the signed-in person may use, their account's
 * security, and signing out. While their district requires a second factor they have not
 * turned on, or while someone else's choice of their password stands, every page would be
 * refused: the frame sends them to their account's page instead, without the sections.
 */
export function StaffFrame() {
  const { t } = useTranslation(["staff", "auth"]);
  const settingsId = useId();
  const me = useMe();
  const signOut = useSignOut();
  const { pathname } = useLocation();
  const accountFirst = enrolmentPending(me.data) || passwordChangePending(me.data);
  const sections: Section[] = [
    { to: "/staff", label: t("nav.home"), shown: true, end: true },
    { to: "/staff/cases", label: t("nav.cases"), shown: can.handleCases(me.data), end: false },
    { to: "/staff/box", label: t("nav.box"), shown: can.followOpenings(me.data), end: false },
    {
      to: BOX_PASSPHRASE_PATH,
      label: t("nav.box_passphrase"),
      shown: can.takePartInOpenings(me.data),
      end: false,
    },
    { to: "/staff/journal", label: t("nav.journal"), shown: can.readJournal(me.data), end: false },
    { to: "/staff/reports", label: t("nav.reports"), shown: can.prepareReports(me.data), end: false },
    { to: "/staff/district", label: t("nav.district"), shown: can.watchDistrict(me.data), end: true },
    {
      to: "/staff/district/integrations",
      label: t("nav.integrations"),
      shown: can.manageIntegrations(me.data),
      end: false,
    },
    {
      to: "/staff/district/schools",
      label: t("nav.district_schools"),
      shown: can.createSchools(me.data),
      end: false,
    },
    { to: "/staff/audit", label: t("nav.audit"), shown: can.readAuditTrail(me.data), end: false },
  ];
  // The settings of one's own school, together: a district account reaches a school's from its list of schools.
  const own = can.manageOwnSchool(me.data);
  const settings: Section[] = [
    { to: "/staff/settings/school", label: t("nav.school_settings"), shown: own, end: false },
    { to: "/staff/settings/staff", label: t("nav.staff_roles"), shown: own, end: false },
    { to: "/staff/working-group", label: t("nav.working_group"), shown: can.manageWorkingGroup(me.data), end: false },
    { to: "/staff/settings/holidays", label: t("nav.holidays"), shown: can.manageHolidays(me.data), end: false },
  ];
  const anySettings = settings.some((section) => section.shown);

  if (accountFirst && pathname !== TWO_FACTOR_PATH) return <Navigate to={TWO_FACTOR_PATH} replace />;

  return (
    <div className="staff">
      <div className="staff-bar no-print">
        {!accountFirst && (
          <nav className="staff-nav" aria-label={t("nav.label")}>
            <ul>
              <SectionLinks sections={sections} />
              {anySettings && (
                <li className="staff-nav__group">
                  <span className="staff-nav__group-label" id={settingsId}>
                    {t("nav.settings")}
                  </span>
                  <ul aria-labelledby={settingsId}>
                    <SectionLinks sections={settings} />
                  </ul>
                </li>
              )}
            </ul>
          </nav>
        )}
        <div className="staff-bar__account">
          <NavLink to={TWO_FACTOR_PATH}>{t("account_link")}</NavLink>
          <button type="button" className="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
            {signOut.isPending ? t("auth:signing_out") : t("auth:sign_out")}
          </button>
        </div>
      </div>
      <Outlet />
    </div>
  );
}
