import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../../auth/hooks";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { BoxProtection } from "./BoxProtection";
import { useChangeBoxPassphrase, useMyBoxKey, useSetBoxPassphrase } from "./boxKeyHooks";
import { BOX_PASSPHRASE_MIN_CHARS as MIN_CHARS, SecretField } from "./BoxPassphraseField";

/** The key card: the recovery code and the key's fingerprint, to print once and keep apart. */
function KeyCard({ code, fingerprint, name, onDone }: { code: string; fingerprint?: string; name: string; onDone: () => void }) {
  const { t } = useTranslation("account");
  return (
    <section className="warning key-card" role="status" aria-labelledby="key-card-heading">
      <h2 id="key-card-heading">{t("box_key.card.heading")}</h2>
      <p>{t("box_key.card.intro")}</p>
      <dl>
        <dt>{t("box_key.card.holder")}</dt>
        <dd>{name}</dd>
        <dt>{t("box_key.card.code")}</dt>
        <dd>
          <code className="hash shown-once__value" aria-label={t("box_key.card.code")}>
            {code}
          </code>
        </dd>
        {fingerprint && (
          <>
            <dt>{t("box_key.card.fingerprint")}</dt>
            <dd>
              <code className="hash">{fingerprint}</code>
            </dd>
          </>
        )}
      </dl>
      <p>{t("box_key.card.keep")}</p>
      <div className="button-row no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t("box_key.card.print")}
        </button>
        <button type="button" className="button button--primary" onClick={onDone}>
          {t("box_key.card.done")}
        </button>
      </div>
    </section>
  );
}

/** A working-group member's box passphrase: set it (with a printed key card), or change it. */
export function BoxPassphrasePage() {
  const { t } = useTranslation("account");
  useDocumentTitle(t("box_key.title"));
  const me = useMe();
  const mine = useMyBoxKey();
  const set = useSetBoxPassphrase();
  const change = useChangeBoxPassphrase();
  const [passphrase, setPassphrase] = useState("");
  const [repeat, setRepeat] = useState("");
  const [current, setCurrent] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [card, setCard] = useState<{ code: string; fingerprint?: string } | null>(null);
  const [changed, setChanged] = useState<"passphrase" | "recovery" | null>(null);
  // A lost passphrase is replaced with the recovery code from the key card.
  const [recovering, setRecovering] = useState(false);

  const check = (): boolean => {
    if (passphrase.trim().length < MIN_CHARS) {
      setProblem(t("box_key.too_short", { count: MIN_CHARS }));
      return false;
    }
    if (passphrase !== repeat) {
      setProblem(t("box_key.mismatch"));
      return false;
    }
    setProblem(null);
    return true;
  };

  const submitSet = (event: FormEvent) => {
    event.preventDefault();
    if (!check()) return;
    set.mutate(passphrase, {
      onSuccess: (shown) => {
        setPassphrase("");
        setRepeat("");
        setCard({ code: shown.recovery_code, fingerprint: shown.fingerprint });
      },
    });
  };

  const submitChange = (event: FormEvent) => {
    event.preventDefault();
    if (!check()) return;
    change.mutate(
      { current, new_passphrase: passphrase },
      {
        onSuccess: (answer) => {
          setPassphrase("");
          setRepeat("");
          setCurrent("");
          setChanged(answer.recovery_code ? "recovery" : "passphrase");
          setRecovering(false);
          if (answer.recovery_code) setCard({ code: answer.recovery_code });
        },
      },
    );
  };

  if (card) {
    return (
      <main className="page">
        <h1 className="no-print">{t("box_key.title")}</h1>
        <KeyCard code={card.code} fingerprint={card.fingerprint} name={me.data?.full_name ?? ""} onDone={() => setCard(null)} />
      </main>
    );
  }

  return (
    <main className="page">
      <h1>{t("box_key.title")}</h1>
      <p>{t("box_key.intro")}</p>
      {mine.data && (
        <p className="notice">
          {mine.data.has_key
            ? mine.data.holds_share
              ? t("box_key.status.holds_share")
              : t("box_key.status.waits_for_share")
            : t("box_key.status.none")}
        </p>
      )}
      {mine.data && !mine.data.has_key && (
        <form onSubmit={submitSet} noValidate>
          <h2>{t("box_key.set.heading")}</h2>
          {set.isError && <ErrorAlert error={set.error} />}
          {problem && <p className="field__error">{problem}</p>}
          <SecretField autoComplete="new-password" label={t("box_key.new")} value={passphrase} onChange={setPassphrase} hint={t("box_key.new_hint", { count: MIN_CHARS })} />
          <SecretField autoComplete="new-password" label={t("box_key.repeat")} value={repeat} onChange={setRepeat} />
          <button type="submit" className="button button--primary" disabled={set.isPending}>
            {t("box_key.set.button")}
          </button>
        </form>
      )}
      {mine.data?.has_key && (
        <form onSubmit={submitChange} noValidate aria-labelledby="box-key-change-heading">
          <h2 id="box-key-change-heading">
            {recovering ? t("box_key.recover.heading") : t("box_key.change.heading")}
          </h2>
          {changed && (
            <p className="notice" role="status">
              {changed === "recovery" ? t("box_key.recover.done") : t("box_key.change.done")}
            </p>
          )}
          {recovering && <p>{t("box_key.recover.intro")}</p>}
          {change.isError && <ErrorAlert error={change.error} />}
          {problem && <p className="field__error">{problem}</p>}
          <SecretField
            autoComplete="new-password"
            key={recovering ? "code" : "current"}
            label={recovering ? t("box_key.recover.code") : t("box_key.change_current")}
            value={current}
            onChange={setCurrent}
          />
          <SecretField autoComplete="new-password" label={t("box_key.new")} value={passphrase} onChange={setPassphrase} hint={t("box_key.new_hint", { count: MIN_CHARS })} />
          <SecretField autoComplete="new-password" label={t("box_key.repeat")} value={repeat} onChange={setRepeat} />
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={change.isPending}>
              {recovering ? t("box_key.recover.button") : t("box_key.change.button")}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setRecovering(!recovering);
                setCurrent("");
                setProblem(null);
                setChanged(null);
                change.reset();
              }}
            >
              {recovering ? t("box_key.recover.back") : t("box_key.recover.toggle")}
            </button>
          </div>
        </form>
      )}
      {me.data?.school && <BoxProtection school={me.data.school.slug} />}
    </main>
  );
}
