import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { ApiError } from "../api/problem";
import { useSession, useSignIn } from "../auth/hooks";
import type { SessionEnd } from "../auth/session";
import { ErrorAlert } from "../components/ErrorAlert";
import { OneTimeCodeField } from "../components/OneTimeCodeField";
import { useDocumentTitle } from "../components/useDocumentTitle";
import { fieldMessages } from "../i18n/problemMessage";

type Field = "login" | "password";

function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === "string" && from.startsWith("/staff") && from !== "/staff/login"
    ? from
    : "/staff";
}

interface CredentialFieldProps {
  field: Field;
  label: string;
  inputRef: RefObject<HTMLInputElement | null>;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

function CredentialField({ field, label, inputRef, value, onChange, error }: CredentialFieldProps) {
  const inputId = `${useId()}-${field}`;
  const errorId = `${inputId}-error`;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <input
        ref={inputRef}
        id={inputId}
        name={field}
        type={field === "password" ? "password" : "text"}
        autoComplete={field === "password" ? "current-password" : "username"}
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

/** What the page says about the session that just ended. */
const SESSION_END_NOTICES = {
  expired: "sign_in.session_ended",
  signed_out: "sign_in.signed_out",
  password_changed: "sign_in.password_changed",
} as const satisfies Record<SessionEnd, string>;

function isCode(error: unknown, code: string): boolean {
  return error instanceof ApiError && error.code === code;
}

/** Whether a failed sign-in is the server asking for the second factor's code. */
function asksForCode(error: unknown): boolean {
  return isCode(error, "second_factor_required");
}

/**
 * Staff sign-in with a login and password, then, for a member who has turned on a second
 * factor, the code from their authenticator app (or a recovery code). The password stays in
 * this page's state only until the sign-in succeeds or the person starts again.
 */
export function SignInPage() {
  const { t } = useTranslation("auth");
  const { t: tErrors } = useTranslation("errors");
  const session = useSession();
  const location = useLocation();
  const signIn = useSignIn();
  const loginRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const codeIntroId = useId();
  const [login, setLogin] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [step, setStep] = useState<"password" | "code">("password");
  const [missing, setMissing] = useState<Partial<Record<Field | "code", boolean>>>({});
  useDocumentTitle(t("sign_in.title"));

  useEffect(() => {
    if (step === "code") codeRef.current?.focus();
  }, [step]);

  if (session.signedIn) {
    return <Navigate to={returnPath(location.state)} replace />;
  }

  const fromServer = signIn.isError ? fieldMessages(tErrors, signIn.error) : {};
  const fieldError = (field: Field): string | undefined => {
    if (missing[field]) return t(field === "login" ? "sign_in.login_required" : "sign_in.password_required");
    return fromServer[field];
  };

  const forgetSecrets = () => {
    setPassword("");
    setCode("");
  };

  const startAgain = () => {
    forgetSecrets();
    setMissing({});
    signIn.reset();
    setStep("password");
  };

  const onSubmitPassword = () => {
    const nowMissing = { login: login.trim() === "", password: password === "" };
    setMissing(nowMissing);
    if (nowMissing.login) {
      loginRef.current?.focus();
      return;
    }
    if (nowMissing.password) {
      passwordRef.current?.focus();
      return;
    }
    signIn.mutate(
      { login: login.trim(), password },
      {
        onSuccess: forgetSecrets,
        onError: (error) => {
          if (asksForCode(error)) setStep("code");
        },
      },
    );
  };

  const onSubmitCode = () => {
    const typed = code.trim();
    setMissing({ code: typed === "" });
    if (typed === "") {
      codeRef.current?.focus();
      return;
    }
    signIn.mutate(
      { login: login.trim(), password, one_time_code: typed },
      {
        onSuccess: forgetSecrets,
        onError: (error) => {
          // The password changed meanwhile: back to the first step, with the server's message.
          if (isCode(error, "invalid_credentials")) {
            forgetSecrets();
            setStep("password");
            return;
          }
          // Selected, so that the next code typed replaces the wrong one.
          if (isCode(error, "invalid_second_factor")) {
            codeRef.current?.focus();
            codeRef.current?.select();
          }
        },
      },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (step === "password") onSubmitPassword();
    else onSubmitCode();
  };

  const notice = session.ended === null ? null : t(SESSION_END_NOTICES[session.ended]);
  // Being asked for the code is the next step, not a failure.
  const failed = signIn.isError && !asksForCode(signIn.error);

  return (
    <section className="panel panel--narrow">
      <h1>{t("sign_in.title")}</h1>
      {step === "password" ? (
        <p>{t("sign_in.intro")}</p>
      ) : (
        <p className="notice" id={codeIntroId}>
          {t("sign_in.second_factor.intro")}
        </p>
      )}
      {notice && !signIn.isError && step === "password" && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {failed && <ErrorAlert error={signIn.error} />}
      <form onSubmit={onSubmit} noValidate>
        {step === "password" ? (
          <>
            <CredentialField
              field="login"
              label={t("sign_in.login")}
              inputRef={loginRef}
              value={login}
              onChange={setLogin}
              error={fieldError("login")}
            />
            <CredentialField
              field="password"
              label={t("sign_in.password")}
              inputRef={passwordRef}
              value={password}
              onChange={setPassword}
              error={fieldError("password")}
            />
          </>
        ) : (
          <>
            <p>{t("sign_in.second_factor.as", { login: login.trim() })}</p>
            <OneTimeCodeField
              value={code}
              onChange={setCode}
              inputRef={codeRef}
              error={missing.code ? t("code.required") : undefined}
              invalid={isCode(signIn.error, "invalid_second_factor")}
              recoveryAllowed
              describedBy={codeIntroId}
            />
          </>
        )}
        <button type="submit" className="button button--primary" disabled={signIn.isPending}>
          {signIn.isPending ? t("sign_in.submitting") : t("sign_in.submit")}
        </button>
        {step === "code" && (
          <button type="button" className="button button--quiet sign-in__back" onClick={startAgain}>
            {t("sign_in.second_factor.back")}
          </button>
        )}
      </form>
    </section>
  );
}
