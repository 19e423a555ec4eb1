import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "../../auth/hooks";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { can } from "../roles";
import { useDistrictSettings, useSaveDistrictSettings, type DistrictSettings } from "./hooks";
import { DistrictNameForm } from "./DistrictNameForm";
import { HelplinesForm } from "./HelplinesForm";
import { WithDistrict } from "./WithDistrict";

function SettingsForm({ me, district, current }: { me: Me; district: string; current: DistrictSettings }) {
  const { t } = useTranslation("district");
  const id = useId();
  const save = useSaveDistrictSettings(district);
  const [required, setRequired] = useState(current.two_factor_required);
  const [groupRequired, setGroupRequired] = useState(current.group_two_factor_required);
  const [saved, setSaved] = useState(false);
  // Requiring it locks out, from their next request, everyone concerned who has not turned it on.
  const turningOn = required && !current.two_factor_required;
  const turningOnForGroup = groupRequired && !current.group_two_factor_required;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    save.mutate(
      { two_factor_required: required, group_two_factor_required: groupRequired },
      { onSuccess: () => setSaved(true) },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("settings.two_factor_heading")}</h2>
      <p>{t("settings.two_factor_intro")}</p>
      <div className="check-field">
        <input
          type="checkbox"
          id={`${id}-required`}
          checked={required}
          onChange={(event) => {
            setRequired(event.target.checked);
            setSaved(false);
          }}
          aria-describedby={`${id}-required-hint`}
        />
        <div>
          <label htmlFor={`${id}-required`}>{t("settings.two_factor")}</label>
          <p className="field__hint" id={`${id}-required-hint`}>
            {t("settings.two_factor_hint")}
          </p>
        </div>
      </div>
      <div className="check-field">
        <input
          type="checkbox"
          id={`${id}-group-required`}
          checked={groupRequired}
          onChange={(event) => {
            setGroupRequired(event.target.checked);
            setSaved(false);
          }}
          aria-describedby={`${id}-group-required-hint`}
        />
        <div>
          <label htmlFor={`${id}-group-required`}>{t("settings.group_two_factor")}</label>
          <p className="field__hint" id={`${id}-group-required-hint`}>
            {t("settings.group_two_factor_hint")}
          </p>
        </div>
      </div>
      {turningOnForGroup && (
        <div className="warning district-settings__warning" id={`${id}-group-warning`}>
          <p className="warning__title">{t("settings.warning_title")}</p>
          <p>{t("settings.group_warning")}</p>
        </div>
      )}
      {turningOn && (
        <div className="warning district-settings__warning" id={`${id}-warning`}>
          <p className="warning__title">{t("settings.warning_title")}</p>
          <p>{t("settings.warning")}</p>
          {!me.two_factor.enabled && (
            <p>
              <strong>{t("settings.warning_self")}</strong>
            </p>
          )}
        </div>
      )}
      {save.isError && <ErrorAlert error={save.error} />}
      <button
        type="submit"
        className="button button--primary"
        disabled={save.isPending}
        aria-describedby={
          [turningOn && `${id}-warning`, turningOnForGroup && `${id}-group-warning`].filter(Boolean).join(" ") ||
          undefined
        }
      >
        {t("settings.save")}
      </button>
      <p className="kept-status" role="status">
        {saved && t("settings.saved")}
      </p>
    </form>
  );
}

function Settings({ me, district }: { me: Me; district: string }) {
  const { t } = useTranslation(["district", "common"]);
  const settings = useDistrictSettings(district);
  if (settings.isPending) return <p role="status">{t("common:loading")}</p>;
  if (settings.isError) return <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  return (
    <>
      <SettingsForm me={me} district={district} current={settings.data} />
      <DistrictNameForm district={district} current={settings.data} />
      <HelplinesForm district={district} current={settings.data} />
    </>
  );
}

/** `/staff/district/settings`: the rules of the whole district, for its administrator. */
export function DistrictSettingsPage() {
  const { t } = useTranslation("district");
  useDocumentTitle(t("settings.title"));
  return (
    <section className="panel">
      <h1>{t("settings.title")}</h1>
      <WithDistrict>
        {({ me, district }) =>
          can.manageDistrictSettings(me) ? (
            <Settings me={me} district={district} />
          ) : (
            <p className="notice">{t("settings.admin_only")}</p>
          )
        }
      </WithDistrict>
    </section>
  );
}
