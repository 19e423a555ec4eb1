import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { useBlocker } from "react-router";
import { ApiError } from "../../api/problem";
import { enrolmentPending, passwordChangePending, useMe, type Me } from "../../auth/hooks";
import { sessionState } from "../../auth/session";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorAlert } from "../../components/ErrorAlert";
import { copyText } from "../../components/keepText";
import { OneTimeCodeField } from "../../components/OneTimeCodeField";
import { QrCode } from "../../components/QrCode";
import { useFocusFirstInvalid } from "../../components/useFocusFirstInvalid";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { fieldMessages } from "../../i18n/problemMessage";
import { OwnPassword } from "./OwnPassword";
import { useConfirmTwoFactor, useRenewRecoveryCodes, useStartTwoFactor, useTurnOffTwoFactor } from "./hooks";

/** When this few recovery codes are left, the page suggests a new set. */
const FEW_CODES_LEFT = 3;

/** The secret in groups of four characters, as it is easiest to type into an app by hand. */
export function groupedSecret(secret: string): string {
  return (secret.match(/.{1,4}/g) ?? []).join(" ");
}

function PasswordField({
  value,
  onChange,
  error,
  inputRef,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation("account");
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t("password")}</label>
      <input
        ref={inputRef}
        id={id}
        type="password"
        autoComplete="current-password"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

function Status({ me }: { me: Me }) {
  const { t } = useTranslation("account");
  const { enabled, required, recovery_codes_left: left } = me.two_factor;
  return (
    <section aria-labelledby="two-factor-status">
      <h3 id="two-factor-status">{t("status.heading")}</h3>
      <p>
        {enabled ? (
          <span className="badge badge--ok">{t("status.on_badge")}</span>
        ) : (
          <span className="badge">{t("status.off_badge")}</span>
        )}{" "}
        <span>{enabled ? t("status.on") : t("status.off")}</span>
      </p>
      {required && enabled && <p>{t("status.required")}</p>}
      {enabled && <p>{t("status.codes_left", { count: left })}</p>}
      {enabled && left <= FEW_CODES_LEFT && <p className="notice">{t("status.codes_low")}</p>}
    </section>
  );
}

/**
 * The recovery codes, shown this once: to print or copy, and to say they are kept before
 * leaving. Leaving the page earlier asks first.
 */
function RecoveryCodes({ codes, login, onDone }: { codes: readonly string[]; login: string; onDone: () => void }) {
  const { t } = useTranslation("account");
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [kept, setKept] = useState(false);
  const [unticked, setUnticked] = useState(false);
  const [copied, setCopied] = useState<"copied" | "copy_failed" | null>(null);
  // Signing out (or being signed out) is never held back.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      !kept && sessionState().signedIn && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => headingRef.current?.focus(), []);

  useEffect(() => {
    if (kept) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [kept]);

  const copy = async () => {
    setCopied(null);
    setCopied((await copyText(codes.join("\n"))) ? "copied" : "copy_failed");
  };

  const done = () => {
    if (!kept) {
      setUnticked(true);
      document.getElementById(`${id}-kept`)?.focus();
      return;
    }
    onDone();
  };

  return (
    <section className="recovery-codes" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t("codes.heading")}
      </h3>
      <p>{t("codes.intro")}</p>
      <p>{t("codes.account", { login })}</p>
      <ol className="recovery-codes__list" aria-label={t("codes.list_label")}>
        {codes.map((code) => (
          <li key={code}>
            <code className="hash">{code}</code>
          </li>
        ))}
      </ol>
      <div className="button-row no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t("codes.print")}
        </button>
        <button type="button" className="button" onClick={() => void copy()}>
          {t("codes.copy")}
        </button>
      </div>
      <p className="kept-status no-print" role="status">
        {copied && t(`codes.${copied}`)}
      </p>
      <div className="check-field no-print">
        <input
          type="checkbox"
          id={`${id}-kept`}
          checked={kept}
          onChange={(event) => {
            setKept(event.target.checked);
            setUnticked(false);
          }}
          aria-invalid={unticked ? true : undefined}
          aria-describedby={unticked ? `${id}-kept-error` : undefined}
        />
        <label htmlFor={`${id}-kept`}>{t("codes.kept")}</label>
      </div>
      {unticked && (
        <p className="field__error no-print" id={`${id}-kept-error`}>
          {t("codes.kept_required")}
        </p>
      )}
      <button type="button" className="button button--primary no-print" onClick={done}>
        {t("codes.done")}
      </button>
      {blocker.state === "blocked" && (
        <ConfirmDialog
          title={t("codes.leave_title")}
          confirmLabel={t("codes.leave")}
          cancelLabel={t("codes.stay")}
          onConfirm={() => blocker.proceed()}
          onCancel={() => blocker.reset()}
        >
          <p>{t("codes.leave_body")}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

/** Turning the second factor on: the password, the app, a first code. */
function TurnOn({ onTurnedOn }: { onTurnedOn: (codes: string[]) => void }) {
  const { t } = useTranslation("account");
  const { t: tErrors } = useTranslation("errors");
  const id = useId();
  const start = useStartTwoFactor();
  const confirm = useConfirmTwoFactor();
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [missing, setMissing] = useState<{ password?: boolean; code?: boolean }>({});
  const { formRef, failed } = useFocusFirstInvalid();
  const codeRef = useRef<HTMLInputElement>(null);
  const enrolment = start.data;

  useEffect(() => {
    if (enrolment) codeRef.current?.focus();
  }, [enrolment]);

  const onStart = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissing({ password: password === "" });
    if (password === "") return failed();
    confirm.reset();
    start.mutate(password, { onSuccess: () => setPassword("") });
  };

  const onConfirm = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = code.trim();
    setMissing({ code: typed === "" });
    if (typed === "") return failed();
    confirm.mutate(typed, {
      onSuccess: (answer) => {
        setCode("");
        start.reset();
        onTurnedOn(answer.codes);
      },
      onError: (error) => {
        // The secret was replaced or dropped meanwhile (another tab): start again.
        if (error instanceof ApiError && error.code === "two_factor_not_started") {
          setCode("");
          start.reset();
        }
      },
    });
  };

  const cancel = () => {
    setCode("");
    setMissing({});
    confirm.reset();
    start.reset();
  };

  if (!enrolment) {
    const server = fieldMessages(tErrors, start.error);
    return (
      <section aria-labelledby={`${id}-heading`}>
        <h3 id={`${id}-heading`}>{t("turn_on.heading")}</h3>
        <p>{t("turn_on.install")}</p>
        {confirm.isError && <ErrorAlert error={confirm.error} />}
        <form ref={formRef} onSubmit={onStart} noValidate aria-labelledby={`${id}-heading`}>
          <p>{t("turn_on.password_intro")}</p>
          <PasswordField
            value={password}
            onChange={setPassword}
            error={missing.password ? t("password_required") : server.password}
          />
          {start.isError && <ErrorAlert error={start.error} />}
          <button type="submit" className="button button--primary" disabled={start.isPending}>
            {t("turn_on.start")}
          </button>
        </form>
      </section>
    );
  }

  const server = fieldMessages(tErrors, confirm.error);
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t("turn_on.heading")}</h3>
      <h4>{t("turn_on.scan_heading")}</h4>
      <p>{t("turn_on.scan")}</p>
      <QrCode className="two-factor-qr" value={enrolment.otpauth_uri} label={t("turn_on.qr_label")} />
      <p id={`${id}-key`}>{t("turn_on.key_intro")}</p>
      <p>
        <code className="hash secret-key" aria-labelledby={`${id}-key`}>
          {groupedSecret(enrolment.secret)}
        </code>
      </p>
      <form ref={formRef} onSubmit={onConfirm} noValidate aria-labelledby={`${id}-confirm`}>
        <h4 id={`${id}-confirm`}>{t("turn_on.confirm_heading")}</h4>
        <OneTimeCodeField
          value={code}
          onChange={setCode}
          inputRef={codeRef}
          error={missing.code ? t("code_required") : server.code}
        />
        {confirm.isError && <ErrorAlert error={confirm.error} />}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={confirm.isPending}>
            {t("turn_on.confirm")}
          </button>
          <button type="button" className="button button--quiet" onClick={cancel}>
            {t("cancel")}
          </button>
        </div>
      </form>
    </section>
  );
}

/** A new set of recovery codes, with a code from the app or one of the old codes. */
function RenewCodes({ onRenewed }: { onRenewed: (codes: string[]) => void }) {
  const { t } = useTranslation("account");
  const { t: tErrors } = useTranslation("errors");
  const id = useId();
  const renew = useRenewRecoveryCodes();
  const [code, setCode] = useState("");
  const [missing, setMissing] = useState(false);
  const { formRef, failed } = useFocusFirstInvalid();
  const server = fieldMessages(tErrors, renew.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = code.trim();
    setMissing(typed === "");
    if (typed === "") return failed();
    renew.mutate(typed, {
      onSuccess: (answer) => {
        setCode("");
        onRenewed(answer.codes);
      },
    });
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t("renew.heading")}</h3>
      <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
        <p>{t("renew.intro")}</p>
        <OneTimeCodeField
          value={code}
          onChange={setCode}
          error={missing ? t("code_required") : server.code}
          recoveryAllowed
        />
        {renew.isError && <ErrorAlert error={renew.error} />}
        <button type="submit" className="button" disabled={renew.isPending}>
          {t("renew.submit")}
        </button>
      </form>
    </section>
  );
}

/** Turning the second factor off, with the password and a code; not while the district requires it. */
function TurnOff({ required, onTurnedOff }: { required: boolean; onTurnedOff: () => void }) {
  const { t } = useTranslation("account");
  const { t: tErrors } = useTranslation("errors");
  const id = useId();
  const turnOff = useTurnOffTwoFactor();
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [missing, setMissing] = useState<{ password?: boolean; code?: boolean }>({});
  const { formRef, failed } = useFocusFirstInvalid();
  const server = fieldMessages(tErrors, turnOff.error);

  if (required) {
    return (
      <section aria-labelledby={`${id}-heading`}>
        <h3 id={`${id}-heading`}>{t("turn_off.heading")}</h3>
        <p>{t("turn_off.required")}</p>
      </section>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = code.trim();
    const found = { password: password === "", code: typed === "" };
    setMissing(found);
    if (found.password || found.code) return failed();
    turnOff.mutate(
      { password, code: typed },
      {
        onSuccess: () => {
          setPassword("");
          setCode("");
          onTurnedOff();
        },
      },
    );
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t("turn_off.heading")}</h3>
      <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
        <p>{t("turn_off.intro")}</p>
        <PasswordField
          value={password}
          onChange={setPassword}
          error={missing.password ? t("password_required") : server.password}
        />
        <OneTimeCodeField
          value={code}
          onChange={setCode}
          error={missing.code ? t("code_required") : server.code}
          recoveryAllowed
        />
        {turnOff.isError && <ErrorAlert error={turnOff.error} />}
        <button type="submit" className="button button--danger" disabled={turnOff.isPending}>
          {t("turn_off.submit")}
        </button>
      </form>
    </section>
  );
}

/** Recovery codes being shown, and why: the second factor was just turned on, or a new set made. */
interface ShownCodes {
  codes: string[];
  after: "turned_on" | "renewed";
}

function TwoFactor({ me }: { me: Me }) {
  const { t } = useTranslation("account");
  const [shown, setShown] = useState<ShownCodes | null>(null);
  const [done, setDone] = useState("");

  if (shown) {
    return (
      <RecoveryCodes
        codes={shown.codes}
        login={me.login}
        onDone={() => {
          setShown(null);
          setDone(shown.after === "turned_on" ? t("turn_on.done") : t("renew.done"));
        }}
      />
    );
  }

  return (
    <>
      {enrolmentPending(me) && <p className="notice">{t("required_notice")}</p>}
      <p className="kept-status" role="status">
        {done}
      </p>
      <Status me={me} />
      {me.two_factor.enabled ? (
        <>
          <RenewCodes
            onRenewed={(codes) => {
              setDone("");
              setShown({ codes, after: "renewed" });
            }}
          />
          <TurnOff required={me.two_factor.required} onTurnedOff={() => setDone(t("turn_off.done"))} />
        </>
      ) : (
        <TurnOn
          onTurnedOn={(codes) => {
            setDone("");
            setShown({ codes, after: "turned_on" });
          }}
        />
      )}
    </>
  );
}

/** The second factor, as a section of the account page. */
function TwoFactorSection({ me }: { me: Me }) {
  const { t } = useTranslation("account");
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("title")}</h2>
      <p className="no-print">{t("intro")}</p>
      <TwoFactor me={me} />
    </section>
  );
}

/**
 * `/staff/account/two-factor`: the signed-in member's sign-in — their own password changed;
 * their second factor, an authenticator app's code asked after the password, turned on, its
 * recovery codes renewed, or turned off. Written for someone who has never used such an app.
 * While someone else's choice of password is pending, only the password can be changed.
 */
export function TwoFactorPage() {
  const { t } = useTranslation(["account", "common"]);
  const me = useMe();
  useDocumentTitle(t("page_title"));
  return (
    <section className="panel two-factor">
      <h1>{t("page_title")}</h1>
      {me.isPending && <p role="status">{t("common:loading")}</p>}
      {me.isError && <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />}
      {me.isSuccess &&
        (passwordChangePending(me.data) ? (
          <>
            <p className="notice">{t("own_password.required_notice")}</p>
            <OwnPassword />
          </>
        ) : (
          <>
            <TwoFactorSection me={me.data} />
            <OwnPassword />
          </>
        ))}
    </section>
  );
}
