import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { DateTimeText } from "../../components/DateTimeText";
import { ErrorAlert } from "../../components/ErrorAlert";
import { ShownOnce } from "../../components/ShownOnce";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { fieldMessages } from "../../i18n/problemMessage";
import {
  EVENT_TYPES,
  SERVICE_SCOPES,
  useCreateServiceAccount,
  useRemoveWebhook,
  useRevokeServiceAccount,
  useServiceAccounts,
  useSubscribeWebhook,
  useWebhooks,
  type EventType,
  type ServiceScope,
} from "./hooks";
import { WithDistrict } from "./WithDistrict";

// The API's names hold ":" and ".", which i18next reads as namespace and key separators.
const SCOPE_KEYS = {
  "district:read": "district_read",
  "reports:read": "reports_read",
  "journal:read": "journal_read",
} as const satisfies Record<ServiceScope, string>;
const EVENT_KEYS = {
  "appeal.urgent": "appeal_urgent",
  "case.referred_to_district": "case_referred_to_district",
  "report.published": "report_published",
  "box.overdue": "box_overdue",
  "appeal.urgent_not_referred": "appeal_urgent_not_referred",
} as const satisfies Record<EventType, string>;

/** A secret shown this once, with a hint to copy it now. */
function Secret({ label, value, onDismiss }: { label: string; value: string; onDismiss: () => void }) {
  const { t } = useTranslation("district");
  return (
    <ShownOnce
      label={label}
      value={value}
      hint={t("integrations.copy_hint")}
      dismissLabel={t("integrations.copied")}
      onDismiss={onDismiss}
    />
  );
}

function Checkboxes<Value extends string>({
  legend,
  values,
  chosen,
  label,
  onToggle,
  error,
}: {
  legend: string;
  values: readonly Value[];
  chosen: Set<Value>;
  label: (value: Value) => string;
  onToggle: (value: Value) => void;
  error?: string;
}) {
  const id = useId();
  return (
    <fieldset className="group" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {values.map((value) => (
        <div className="choice" key={value}>
          <input
            type="checkbox"
            id={`${id}-${value}`}
            checked={chosen.has(value)}
            onChange={() => onToggle(value)}
          />
          <label htmlFor={`${id}-${value}`}>{label(value)}</label>
        </div>
      ))}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

function toggled<Value>(set: Set<Value>, value: Value): Set<Value> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

function ServiceAccounts({ district }: { district: string }) {
  const { t } = useTranslation(["district", "common"]);
  const { t: tErrors } = useTranslation("errors");
  const id = useId();
  const accounts = useServiceAccounts(district);
  const create = useCreateServiceAccount(district);
  const revoke = useRevokeServiceAccount(district);
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<Set<ServiceScope>>(new Set());
  const [missing, setMissing] = useState<{ name?: boolean; scopes?: boolean }>({});
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const fields = fieldMessages(tErrors, create.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const check = { name: name.trim() === "", scopes: scopes.size === 0 };
    setMissing(check);
    if (check.name || check.scopes) return;
    create.mutate(
      { name: name.trim(), scopes: SERVICE_SCOPES.filter((scope) => scopes.has(scope)) },
      {
        onSuccess: (created) => {
          setSecret(created.client_secret);
          setName("");
          setScopes(new Set());
        },
      },
    );
  };
  const nameError = missing.name ? t("integrations.required") : fields.name;
  const scopesError = missing.scopes ? t("integrations.choose_at_least") : fields.scopes;

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("integrations.accounts.heading")}</h2>
      <p>{t("integrations.accounts.intro")}</p>
      {accounts.isPending && <p role="status">{t("common:loading")}</p>}
      {accounts.isError && <ErrorAlert error={accounts.error} onRetry={() => void accounts.refetch()} />}
      {accounts.isSuccess &&
        (accounts.data.items.length === 0 ? (
          <p>{t("integrations.accounts.none")}</p>
        ) : (
          <ul className="link-list">
            {accounts.data.items.map((account) => (
              <li key={account.id}>
                <strong>{account.name}</strong> — <span className="hash">{account.client_id}</span> —{" "}
                {account.scopes.map((scope) => t(`integrations.scopes.${SCOPE_KEYS[scope]}`)).join(", ")} —{" "}
                {account.revoked_at ? (
                  <>
                    {t("integrations.accounts.revoked")} <DateTimeText value={account.revoked_at} />
                  </>
                ) : (
                  <button type="button" className="button button--quiet" onClick={() => setRevoking(account.id)}>
                    {t("integrations.accounts.revoke", { name: account.name })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        ))}
      {revoke.isError && <ErrorAlert error={revoke.error} />}
      {revoking && (
        <ConfirmDialog
          title={t("integrations.accounts.revoke_title")}
          confirmLabel={t("integrations.accounts.revoke_confirm")}
          cancelLabel={t("integrations.cancel")}
          pending={revoke.isPending}
          onCancel={() => setRevoking(null)}
          onConfirm={() => revoke.mutate(revoking, { onSettled: () => setRevoking(null) })}
        >
          <p>{t("integrations.accounts.revoke_body")}</p>
        </ConfirmDialog>
      )}
      {secret && (
        <Secret label={t("integrations.accounts.secret")} value={secret} onDismiss={() => setSecret(null)} />
      )}
      <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-new`}>
        <h3 id={`${id}-new`}>{t("integrations.accounts.new")}</h3>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t("integrations.accounts.name")}</label>
          <input
            id={`${id}-name`}
            value={name}
            autoComplete="off"
            onChange={(event) => setName(event.target.value)}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${id}-name-error` : undefined}
          />
          {nameError && (
            <p className="field__error" id={`${id}-name-error`}>
              {nameError}
            </p>
          )}
        </div>
        <Checkboxes
          legend={t("integrations.accounts.scopes")}
          values={SERVICE_SCOPES}
          chosen={scopes}
          label={(scope) => t(`integrations.scopes.${SCOPE_KEYS[scope]}`)}
          onToggle={(scope) => setScopes((current) => toggled(current, scope))}
          error={scopesError}
        />
        {create.isError && <ErrorAlert error={create.error} />}
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t("integrations.accounts.create")}
        </button>
      </form>
    </section>
  );
}

function Webhooks({ district }: { district: string }) {
  const { t } = useTranslation(["district", "common"]);
  const { t: tErrors } = useTranslation("errors");
  const id = useId();
  const webhooks = useWebhooks(district);
  const subscribe = useSubscribeWebhook(district);
  const remove = useRemoveWebhook(district);
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<Set<EventType>>(new Set());
  const [missing, setMissing] = useState<{ url?: boolean; events?: boolean }>({});
  const [secret, setSecret] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const fields = fieldMessages(tErrors, subscribe.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const check = { url: url.trim() === "", events: events.size === 0 };
    setMissing(check);
    if (check.url || check.events) return;
    subscribe.mutate(
      { url: url.trim(), events: EVENT_TYPES.filter((type) => events.has(type)) },
      {
        onSuccess: (created) => {
          setSecret(created.secret);
          setUrl("");
          setEvents(new Set());
        },
      },
    );
  };
  const urlError = missing.url ? t("integrations.required") : fields.url;
  const eventsError = missing.events ? t("integrations.choose_at_least") : fields.events;

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("integrations.webhooks.heading")}</h2>
      <p>{t("integrations.webhooks.intro")}</p>
      {webhooks.isPending && <p role="status">{t("common:loading")}</p>}
      {webhooks.isError && <ErrorAlert error={webhooks.error} onRetry={() => void webhooks.refetch()} />}
      {webhooks.isSuccess &&
        (webhooks.data.items.length === 0 ? (
          <p>{t("integrations.webhooks.none")}</p>
        ) : (
          <ul className="link-list">
            {webhooks.data.items.map((webhook) => (
              <li key={webhook.id}>
                <span className="hash">{webhook.url}</span> —{" "}
                {webhook.events.map((type) => t(`integrations.events.${EVENT_KEYS[type]}`)).join(", ")} —{" "}
                {t("integrations.webhooks.deliveries", { pending: webhook.pending, failed: webhook.failed })}{" "}
                {webhook.active ? (
                  <button type="button" className="button button--quiet" onClick={() => setRemoving(webhook.id)}>
                    {t("integrations.webhooks.remove")}
                  </button>
                ) : (
                  t("integrations.webhooks.inactive")
                )}
              </li>
            ))}
          </ul>
        ))}
      {remove.isError && <ErrorAlert error={remove.error} />}
      {removing && (
        <ConfirmDialog
          title={t("integrations.webhooks.remove_title")}
          confirmLabel={t("integrations.webhooks.remove")}
          cancelLabel={t("integrations.cancel")}
          pending={remove.isPending}
          onCancel={() => setRemoving(null)}
          onConfirm={() => remove.mutate(removing, { onSettled: () => setRemoving(null) })}
        >
          <p>{t("integrations.webhooks.remove_body")}</p>
        </ConfirmDialog>
      )}
      {secret && <Secret label={t("integrations.webhooks.secret")} value={secret} onDismiss={() => setSecret(null)} />}
      <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-new`}>
        <h3 id={`${id}-new`}>{t("integrations.webhooks.new")}</h3>
        <div className="field">
          <label htmlFor={`${id}-url`}>{t("integrations.webhooks.url")}</label>
          <p className="field__hint" id={`${id}-url-hint`}>
            {t("integrations.webhooks.url_hint")}
          </p>
          <input
            id={`${id}-url`}
            type="url"
            inputMode="url"
            value={url}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setUrl(event.target.value)}
            aria-invalid={urlError ? true : undefined}
            aria-describedby={urlError ? `${id}-url-hint ${id}-url-error` : `${id}-url-hint`}
          />
          {urlError && (
            <p className="field__error" id={`${id}-url-error`}>
              {urlError}
            </p>
          )}
        </div>
        <Checkboxes
          legend={t("integrations.webhooks.events")}
          values={EVENT_TYPES}
          chosen={events}
          label={(type) => t(`integrations.events.${EVENT_KEYS[type]}`)}
          onToggle={(type) => setEvents((current) => toggled(current, type))}
          error={eventsError}
        />
        {subscribe.isError && <ErrorAlert error={subscribe.error} />}
        <button type="submit" className="button button--primary" disabled={subscribe.isPending}>
          {t("integrations.webhooks.subscribe")}
        </button>
      </form>
    </section>
  );
}

/** `/staff/district/integrations`: the district administrator's service accounts and webhooks. */
export function IntegrationsPage() {
  const { t } = useTranslation("district");
  useDocumentTitle(t("integrations.title"));
  return (
    <section className="panel">
      <h1>{t("integrations.title")}</h1>
      <p>{t("integrations.intro")}</p>
      <WithDistrict>
        {({ district }) => (
          <>
            <ServiceAccounts district={district} />
            <Webhooks district={district} />
          </>
        )}
      </WithDistrict>
    </section>
  );
}
