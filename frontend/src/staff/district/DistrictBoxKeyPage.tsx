import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { DateTimeText } from "../../components/DateTimeText";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import {
  useChangeDistrictPassphrase,
  useGiveDistrictShare,
  useOpeningsAwaitingQuorum,
  useSetDistrictBoxKey,
  type OpeningAwaitingShare,
} from "../account/boxKeyHooks";
import { can } from "../roles";
import { useDistrictSettings, useSaveDistrictSettings, type DistrictSettings } from "./hooks";
import { WithDistrict } from "./WithDistrict";
import { BOX_PASSPHRASE_MIN_CHARS as MIN_CHARS, SecretField } from "../account/BoxPassphraseField";
import { useInLanguage } from "../../i18n/inLanguages";

/** Whether the district office holds a share of each new box key (a district setting, audited). */
function HoldsShare({ district, current }: { district: string; current: DistrictSettings }) {
  const { t } = useTranslation("account");
  const id = useId();
  const save = useSaveDistrictSettings(district);
  const [holds, setHolds] = useState(current.holds_box_share);
  const [saved, setSaved] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    save.mutate(
      { two_factor_required: current.two_factor_required, holds_box_share: holds },
      { onSuccess: () => setSaved(true) },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <p>{current.holds_box_share ? t("box_key.district.holds_on") : t("box_key.district.holds_off")}</p>
      <div className="check-field">
        <input
          type="checkbox"
          id={id}
          checked={holds}
          onChange={(event) => {
            setHolds(event.target.checked);
            setSaved(false);
          }}
          aria-describedby={`${id}-hint`}
        />
        <div>
          <label htmlFor={id}>{t("box_key.district.holds_label")}</label>
          <p className="field__hint" id={`${id}-hint`}>
            {t("box_key.district.holds_hint")}
          </p>
        </div>
      </div>
      {save.isError && <ErrorAlert error={save.error} />}
      <button type="submit" className="button" disabled={save.isPending || holds === current.holds_box_share}>
        {t("box_key.district.holds_save")}
      </button>
      <p className="kept-status" role="status">
        {saved && t("box_key.district.holds_saved")}
      </p>
    </form>
  );
}

/** The district's passphrase, set once, with its key card (the recovery code, shown once). */
function SetPassphrase({ district, name }: { district: string; name: string }) {
  const { t } = useTranslation("account");
  const set = useSetDistrictBoxKey(district);
  const [passphrase, setPassphrase] = useState("");
  const [repeat, setRepeat] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [card, setCard] = useState<{ code: string; fingerprint: string } | null>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.trim().length < MIN_CHARS) return setProblem(t("box_key.too_short", { count: MIN_CHARS }));
    if (passphrase !== repeat) return setProblem(t("box_key.mismatch"));
    setProblem(null);
    set.mutate(passphrase, {
      onSuccess: (shown) => {
        setPassphrase("");
        setRepeat("");
        setCard({ code: shown.recovery_code, fingerprint: shown.fingerprint });
      },
    });
  };
  if (card) {
    return (
      <section className="warning key-card" role="status" aria-labelledby="district-key-card">
        <h2 id="district-key-card">{t("box_key.card.heading")}</h2>
        <p>{t("box_key.card.intro")}</p>
        <dl>
          <dt>{t("box_key.card.holder")}</dt>
          <dd>{name}</dd>
          <dt>{t("box_key.card.code")}</dt>
          <dd>
            <code className="hash shown-once__value" aria-label={t("box_key.card.code")}>
              {card.code}
            </code>
          </dd>
          <dt>{t("box_key.card.fingerprint")}</dt>
          <dd>
            <code className="hash">{card.fingerprint}</code>
          </dd>
        </dl>
        <p>{t("box_key.card.keep")}</p>
        <div className="button-row no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            {t("box_key.card.print")}
          </button>
          <button type="button" className="button button--primary" onClick={() => setCard(null)}>
            {t("box_key.card.done")}
          </button>
        </div>
      </section>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="district-set-heading" className="no-print">
      <h2 id="district-set-heading">{t("box_key.district.set_heading")}</h2>
      <p>{t("box_key.district.set_intro")}</p>
      {set.isError && <ErrorAlert error={set.error} />}
      {problem && <p className="field__error">{problem}</p>}
      <SecretField label={t("box_key.new")} value={passphrase} onChange={setPassphrase} hint={t("box_key.new_hint", { count: MIN_CHARS })} />
      <SecretField label={t("box_key.repeat")} value={repeat} onChange={setRepeat} />
      <button type="submit" className="button button--primary" disabled={set.isPending}>
        {t("box_key.district.set_button")}
      </button>
    </form>
  );
}

/** One opening waiting for its quorum, as the administrator chooses it. */
function OpeningChoice({ opening }: { opening: OpeningAwaitingShare }) {
  const { t } = useTranslation("account");
  return (
    <>
      <strong>{opening.school_name}</strong>
      {" · "}
      {t("box_key.district.started")} <DateTimeText value={opening.started_at} timeZone={opening.time_zone} />
      {" · "}
      {opening.district_share_given
        ? t("box_key.district.already_given")
        : t("box_key.district.needed", { count: opening.confirmations_needed })}
      {opening.extraordinary && ` · ${t("box_key.district.extraordinary")}`}
    </>
  );
}

/** The district's share given to one opening of its schools, with the district's passphrase. */
function GiveShare({ district }: { district: string }) {
  const { t } = useTranslation(["account", "common"]);
  const id = useId();
  const openings = useOpeningsAwaitingQuorum(district);
  const give = useGiveDistrictShare();
  const [opening, setOpening] = useState("");
  const [passphrase, setPassphrase] = useState("");
  const [missing, setMissing] = useState(false);
  const [given, setGiven] = useState<number | null>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(opening === "");
    setGiven(null);
    if (opening === "") return;
    give.mutate(
      { opening, passphrase },
      {
        onSuccess: (view) => {
          setPassphrase("");
          setGiven(view.confirmations_needed);
          void openings.refetch();
        },
      },
    );
  };
  const waiting = openings.data ?? [];
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`} className="no-print">
      <h2 id={`${id}-heading`}>{t("box_key.district.share_heading")}</h2>
      <p>{t("box_key.district.share_intro")}</p>
      {openings.isPending && <p role="status">{t("common:loading")}</p>}
      {openings.isError && <ErrorAlert error={openings.error} onRetry={() => void openings.refetch()} />}
      {openings.isSuccess && waiting.length === 0 && <p>{t("box_key.district.none_waiting")}</p>}
      {waiting.length > 0 && (
        <fieldset
          className="field"
          aria-invalid={missing ? true : undefined}
          aria-describedby={missing ? `${id}-error` : undefined}
        >
          <legend>{t("box_key.district.opening")}</legend>
          {waiting.map((choice) => (
            <div className="check-field" key={choice.id}>
              <input
                type="radio"
                name={`${id}-opening`}
                id={`${id}-${choice.id}`}
                value={choice.id}
                checked={opening === choice.id}
                disabled={choice.district_share_given}
                onChange={() => setOpening(choice.id)}
              />
              <label htmlFor={`${id}-${choice.id}`}>
                <OpeningChoice opening={choice} />
              </label>
            </div>
          ))}
          {missing && (
            <p className="field__error" id={`${id}-error`}>
              {t("box_key.district.opening_required")}
            </p>
          )}
        </fieldset>
      )}
      {give.isError && <ErrorAlert error={give.error} />}
      {waiting.length > 0 && (
        <>
          <SecretField label={t("box_key.district.passphrase")} value={passphrase} onChange={setPassphrase} />
          <button type="submit" className="button button--primary" disabled={give.isPending}>
            {t("box_key.district.share_button")}
          </button>
        </>
      )}
      <p className="kept-status" role="status">
        {given !== null && t("box_key.district.given", { count: given })}
      </p>
    </form>
  );
}

/** The district's passphrase changed with the current one, or with the recovery code when it is lost. */
function ChangePassphrase({ district, name }: { district: string; name: string }) {
  const { t } = useTranslation("account");
  const id = useId();
  const change = useChangeDistrictPassphrase(district);
  const [current, setCurrent] = useState("");
  const [passphrase, setPassphrase] = useState("");
  const [repeat, setRepeat] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [code, setCode] = useState<string | null>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (passphrase.trim().length < MIN_CHARS) return setProblem(t("box_key.too_short", { count: MIN_CHARS }));
    if (passphrase !== repeat) return setProblem(t("box_key.mismatch"));
    setProblem(null);
    change.mutate(
      { current, new_passphrase: passphrase },
      {
        onSuccess: (changed) => {
          setCurrent("");
          setPassphrase("");
          setRepeat("");
          setDone(true);
          setCode(changed.recovery_code ?? null);
        },
      },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`} className="no-print">
      <h2 id={`${id}-heading`}>{t("box_key.district.change_heading")}</h2>
      <p>{t("box_key.district.change_intro")}</p>
      {change.isError && <ErrorAlert error={change.error} />}
      {problem && <p className="field__error">{problem}</p>}
      <SecretField label={t("box_key.district.current")} value={current} onChange={setCurrent} />
      <SecretField label={t("box_key.new")} value={passphrase} onChange={setPassphrase} hint={t("box_key.new_hint", { count: MIN_CHARS })} />
      <SecretField label={t("box_key.repeat")} value={repeat} onChange={setRepeat} />
      <button type="submit" className="button" disabled={change.isPending}>
        {t("box_key.district.change_button")}
      </button>
      <div className="kept-status" role="status">
        {done && <p>{t("box_key.district.changed")}</p>}
        {code && (
          <p>
            {t("box_key.district.new_code", { name })} <code className="hash">{code}</code>
          </p>
        )}
      </div>
    </form>
  );
}

function DistrictBoxKey({ district, name }: { district: string; name: string }) {
  const { t } = useTranslation(["account", "common"]);
  const settings = useDistrictSettings(district);
  return (
    <>
      <p>{t("box_key.district.intro")}</p>
      {settings.isPending && <p role="status">{t("common:loading")}</p>}
      {settings.isError && <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.isSuccess && <HoldsShare district={district} current={settings.data} />}
      <SetPassphrase district={district} name={name} />
      <ChangePassphrase district={district} name={name} />
      <GiveShare district={district} />
    </>
  );
}

/** `/staff/district/box-key`: the district office's passphrase and its share at an opening. */
export function DistrictBoxKeyPage() {
  const shown = useInLanguage();
  const { t } = useTranslation("account");
  useDocumentTitle(t("box_key.district.title"));
  return (
    <section className="panel">
      <h1>{t("box_key.district.title")}</h1>
      <WithDistrict>
        {({ me, district }) =>
          can.manageDistrictSettings(me) ? (
            <DistrictBoxKey district={district} name={me.district ? shown(me.district.names, me.district.name) : district} />
          ) : (
            <p className="notice">{t("box_key.district.admin_only")}</p>
          )
        }
      </WithDistrict>
    </section>
  );
}
