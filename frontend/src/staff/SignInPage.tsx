import { useId, useRef, useState, type FormEvent, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { useSession, useSignIn } from "../auth/hooks";
import { ErrorAlert } from "../components/ErrorAlert";
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

/** Staff sign-in with a login and password. */
export function SignInPage() {
  const { t } = useTranslation("auth");
  const { t: tErrors } = useTranslation("errors");
  const session = useSession();
  const location = useLocation();
  const signIn = useSignIn();
  const loginRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [login, setLogin] = useState("");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState<Partial<Record<Field, boolean>>>({});
  useDocumentTitle(t("sign_in.title"));

  if (session.signedIn) {
    return <Navigate to={returnPath(location.state)} replace />;
  }

  const fromServer = signIn.isError ? fieldMessages(tErrors, signIn.error) : {};
  const fieldError = (field: Field): string | undefined => {
    if (missing[field]) return t(field === "login" ? "sign_in.login_required" : "sign_in.password_required");
    return fromServer[field];
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
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
    signIn.mutate({ login: login.trim(), password });
  };

  const notice =
    session.ended === "expired"
      ? t("sign_in.session_ended")
      : session.ended === "signed_out"
        ? t("sign_in.signed_out")
        : null;

  return (
    <section className="panel panel--narrow">
      <h1>{t("sign_in.title")}</h1>
      <p>{t("sign_in.intro")}</p>
      {notice && !signIn.isError && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {signIn.isError && <ErrorAlert error={signIn.error} />}
      <form onSubmit={onSubmit} noValidate>
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
        <button type="submit" className="button button--primary" disabled={signIn.isPending}>
          {signIn.isPending ? t("sign_in.submitting") : t("sign_in.submit")}
        </button>
      </form>
    </section>
  );
}
