import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "../../auth/hooks";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorAlert } from "../../components/ErrorAlert";
import { ShownOnce } from "../../components/ShownOnce";
import { useFocusFirstInvalid } from "../../components/useFocusFirstInvalid";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { fieldMessages } from "../../i18n/problemMessage";
import {
  languageErrors,
  languageValues,
  toSend,
  useInLanguage,
  type LanguageValues,
} from "../../i18n/inLanguages";
import { isLanguage, type Language } from "../../i18n/languages";
import { InLanguagesField, TextField } from "../../components/fields";
import { useSchoolStaff } from "../group/hooks";
import { useSchool } from "../hooks";
import { grantableRoles, SCHOOL_ROLES, type SchoolRole } from "../roles";
import { WithSchoolOrDistrict } from "../WithSchool";
import {
  useCreateStaffMember,
  useDeactivateStaffMember,
  useResetStaffPassword,
  useResetStaffTwoFactor,
  useSetStaffPosition,
  useSetStaffRoles,
  type Role,
  type StaffMember,
} from "./hooks";

/** A password given this once, and whose it is. */
interface GivenPassword {
  label: string;
  value: string;
}

function inSchoolOrder(roles: Iterable<Role>): Role[] {
  const chosen = new Set(roles);
  const school: Role[] = SCHOOL_ROLES.filter((role) => chosen.has(role));
  return [...school, ...[...chosen].filter((role) => !school.includes(role))];
}

/** The roles a person may give, one tick each with a sentence on what the role does. */
function RoleChoices({
  legend,
  hint,
  offered,
  chosen,
  onToggle,
}: {
  legend: string;
  hint?: string;
  offered: readonly SchoolRole[];
  chosen: ReadonlySet<Role>;
  onToggle: (role: SchoolRole) => void;
}) {
  const { t } = useTranslation(["admin", "staff"]);
  const id = useId();
  return (
    <fieldset className="group" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {offered.map((role) => (
        <div className={chosen.has(role) ? "choice choice--checked" : "choice"} key={role}>
          <input
            type="checkbox"
            id={`${id}-${role}`}
            checked={chosen.has(role)}
            onChange={() => onToggle(role)}
            aria-describedby={`${id}-${role}-hint`}
          />
          <div>
            <label htmlFor={`${id}-${role}`}>{t(`staff:roles.${role}`)}</label>
            <p className="choice__hint" id={`${id}-${role}-hint`}>
              {t(`admin:role_hints.${role}`)}
            </p>
          </div>
        </div>
      ))}
    </fieldset>
  );
}

function toggled(set: ReadonlySet<Role>, role: Role): Set<Role> {
  const next = new Set(set);
  if (next.has(role)) next.delete(role);
  else next.add(role);
  return next;
}

function RoleChips({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation(["staff", "admin"]);
  if (roles.length === 0) return <span>{t("admin:staff.no_roles")}</span>;
  return (
    <ul className="badges">
      {inSchoolOrder(roles).map((role) => (
        <li key={role} className="badge">
          {t(`staff:roles.${role}`)}
        </li>
      ))}
    </ul>
  );
}

/** What the signed-in person may do with a member's account, and why not when nothing. */
function MemberActions({
  me,
  member,
  offered,
  onEdit,
  onEditPosition,
  onReset,
  onResetTwoFactor,
  onDeactivate,
}: {
  me: Me;
  member: StaffMember;
  offered: readonly SchoolRole[];
  onEdit: () => void;
  onEditPosition: () => void;
  onReset: () => void;
  onResetTwoFactor: () => void;
  onDeactivate: () => void;
}) {
  const { t } = useTranslation("admin");
  if (member.id === me.id) return <span className="field__hint">{t("staff.you")}</span>;
  if (!member.active) return null;
  // The server refuses to touch an account holding a role beyond the caller's reach.
  const withinReach = member.roles.every((role) => (offered as readonly Role[]).includes(role));
  if (!withinReach) return <span className="field__hint">{t("staff.out_of_reach")}</span>;
  return (
    <div className="staff-actions">
      <button
        type="button"
        className="button button--quiet"
        aria-label={t("staff.change_roles_label", { name: member.full_name })}
        onClick={onEdit}
      >
        {t("staff.change_roles")}
      </button>
      <button
        type="button"
        className="button button--quiet"
        aria-label={t("staff.change_position_label", { name: member.full_name })}
        onClick={onEditPosition}
      >
        {t("staff.change_position")}
      </button>
      <button
        type="button"
        className="button button--quiet"
        aria-label={t("staff.reset_password_label", { name: member.full_name })}
        onClick={onReset}
      >
        {t("staff.reset_password")}
      </button>
      {member.two_factor_enabled !== false && (
        <button
          type="button"
          className="button button--quiet"
          aria-label={t("staff.reset_two_factor_label", { name: member.full_name })}
          onClick={onResetTwoFactor}
        >
          {t("staff.reset_two_factor")}
        </button>
      )}
      <button
        type="button"
        className="button button--quiet"
        aria-label={t("staff.deactivate_label", { name: member.full_name })}
        onClick={onDeactivate}
      >
        {t("staff.deactivate")}
      </button>
    </div>
  );
}

function RolesEditor({
  school,
  member,
  offered,
  onSaved,
  onCancel,
}: {
  school: string;
  member: StaffMember;
  offered: readonly SchoolRole[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation("admin");
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const setRoles = useSetStaffRoles(school);
  const [chosen, setChosen] = useState<Set<Role>>(new Set(member.roles));
  useEffect(() => headingRef.current?.focus(), []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRoles.mutate({ id: member.id, roles: inSchoolOrder(chosen) }, { onSuccess: onSaved });
  };

  return (
    <form className="case-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t("staff.roles_heading", { name: member.full_name })}
      </h2>
      <RoleChoices
        legend={t("staff.roles_legend")}
        offered={offered}
        chosen={chosen}
        onToggle={(role) => setChosen((current) => toggled(current, role))}
      />
      {setRoles.isError && <ErrorAlert error={setRoles.error} />}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={setRoles.isPending}>
          {t("staff.roles_save")}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

/** A member's position in each language, the school's language first and required. */
function PositionEditor({
  school,
  member,
  language,
  onSaved,
  onCancel,
}: {
  school: string;
  member: StaffMember;
  language: Language;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation("admin");
  const { t: tErrors } = useTranslation("errors");
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const setPosition = useSetStaffPosition(school);
  const [positions, setPositions] = useState<LanguageValues>(() =>
    languageValues(member.positions, language, member.position),
  );
  const [missing, setMissing] = useState(false);
  const { formRef, failed } = useFocusFirstInvalid();
  useEffect(() => headingRef.current?.focus(), []);
  const errors = {
    ...languageErrors(fieldMessages(tErrors, setPosition.error), "positions"),
    ...(missing ? { [language]: t("required") } : {}),
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const empty = positions[language].trim() === "";
    setMissing(empty);
    if (empty) return failed();
    setPosition.mutate({ id: member.id, positions: toSend(positions) }, { onSuccess: onSaved });
  };

  return (
    <form ref={formRef} className="case-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t("staff.position_heading", { name: member.full_name })}
      </h2>
      <InLanguagesField
        legend={t("staff.position")}
        hint={t("staff.position_hint")}
        first={language}
        values={positions}
        onChange={setPositions}
        errors={errors}
      />
      {setPosition.isError && <ErrorAlert error={setPosition.error} />}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={setPosition.isPending}>
          {t("staff.position_save")}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

const EMPTY_MEMBER = { fullName: "", login: "", email: "" };
const NO_POSITION: LanguageValues = { ky: "", ru: "", en: "" };
type MemberField = keyof typeof EMPTY_MEMBER;
const SERVER_FIELDS: Record<MemberField, string> = {
  fullName: "full_name",
  login: "login",
  email: "email",
};

function AddStaffMember({
  school,
  offered,
  language,
}: {
  school: string;
  offered: readonly SchoolRole[];
  language: Language;
}) {
  const { t } = useTranslation(["admin", "staff"]);
  const { t: tErrors } = useTranslation("errors");
  const id = useId();
  const create = useCreateStaffMember(school);
  const [member, setMember] = useState(EMPTY_MEMBER);
  const [positions, setPositions] = useState(NO_POSITION);
  const [roles, setRoles] = useState<Set<Role>>(new Set());
  const [missing, setMissing] = useState<Partial<Record<MemberField | "positions", boolean>>>({});
  const [given, setGiven] = useState<GivenPassword | null>(null);
  const { formRef, failed } = useFocusFirstInvalid();
  const server = fieldMessages(tErrors, create.error);
  const error = (field: MemberField) =>
    missing[field] ? t("admin:required") : server[SERVER_FIELDS[field]];
  const set = (field: MemberField) => (value: string) => setMember((current) => ({ ...current, [field]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const required: MemberField[] = ["fullName", "login"];
    const found: Partial<Record<MemberField | "positions", boolean>> = Object.fromEntries(
      required.map((field) => [field, member[field].trim() === ""]),
    );
    found.positions = positions[language].trim() === "";
    setMissing(found);
    if (Object.values(found).some(Boolean)) return failed();
    const email = member.email.trim();
    create.mutate(
      {
        full_name: member.fullName.trim(),
        positions: toSend(positions),
        login: member.login.trim(),
        email: email === "" ? null : email,
        roles: inSchoolOrder(roles),
      },
      {
        onSuccess: (created) => {
          setGiven({
            label: t("admin:staff.added", { name: created.staff.full_name, login: created.staff.login }),
            value: created.initial_password,
          });
          setMember(EMPTY_MEMBER);
          setPositions(NO_POSITION);
          setRoles(new Set());
        },
      },
    );
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("admin:staff.add_heading")}</h2>
      {given && (
        <ShownOnce
          label={given.label}
          value={given.value}
          hint={t("admin:shown_once.hint")}
          dismissLabel={t("admin:shown_once.done")}
          onDismiss={() => setGiven(null)}
        />
      )}
      <form
        ref={formRef}
        className="case-form"
        onSubmit={onSubmit}
        noValidate
        aria-label={t("admin:staff.add_heading")}
        aria-describedby={`${id}-intro`}
      >
        <p id={`${id}-intro`}>{t("admin:staff.add_intro")}</p>
        <TextField
          label={t("admin:staff.full_name")}
          value={member.fullName}
          onChange={set("fullName")}
          error={error("fullName")}
        />
        <InLanguagesField
          legend={t("admin:staff.position")}
          hint={t("admin:staff.position_hint")}
          first={language}
          values={positions}
          onChange={setPositions}
          errors={{
            ...languageErrors(server, "positions"),
            ...(missing.positions ? { [language]: t("admin:required") } : {}),
          }}
        />
        <TextField
          label={t("admin:staff.login")}
          hint={t("admin:staff.login_hint")}
          value={member.login}
          onChange={set("login")}
          error={error("login")}
        />
        <TextField
          label={`${t("admin:staff.email")} ${t("admin:optional")}`}
          hint={t("admin:staff.email_hint")}
          type="email"
          value={member.email}
          onChange={set("email")}
          error={error("email")}
        />
        {offered.length === 0 ? (
          <p className="notice">{t("admin:staff.no_grantable")}</p>
        ) : (
          <RoleChoices
            legend={t("admin:staff.roles")}
            hint={t("admin:staff.roles_hint")}
            offered={offered}
            chosen={roles}
            onToggle={(role) => setRoles((current) => toggled(current, role))}
          />
        )}
        {create.isError && <ErrorAlert error={create.error} />}
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t("admin:staff.add")}
        </button>
      </form>
    </section>
  );
}

function StaffAdministration({ me, school }: { me: Me; school: string }) {
  const { t } = useTranslation(["admin", "common"]);
  const staff = useSchoolStaff(school);
  const reset = useResetStaffPassword();
  const resetTwoFactor = useResetStaffTwoFactor();
  const deactivate = useDeactivateStaffMember(school);
  const view = useSchool(school);
  const shown = useInLanguage();
  const language: Language = isLanguage(view.data?.settings.default_language)
    ? view.data.settings.default_language
    : "ky";
  const offered = grantableRoles(me);
  const [editing, setEditing] = useState<StaffMember | null>(null);
  const [editingPosition, setEditingPosition] = useState<StaffMember | null>(null);
  const [resetting, setResetting] = useState<StaffMember | null>(null);
  const [resettingTwoFactor, setResettingTwoFactor] = useState<StaffMember | null>(null);
  const [deactivating, setDeactivating] = useState<StaffMember | null>(null);
  const [given, setGiven] = useState<GivenPassword | null>(null);
  const [done, setDone] = useState("");

  const columns = ["name", "position", "login", "roles", "status", "actions"] as const;
  const heading = t("admin:staff.list_heading");

  return (
    <>
      <section aria-labelledby="staff-list-heading">
        <h2 id="staff-list-heading">{heading}</h2>
        {staff.isPending && <p role="status">{t("common:loading")}</p>}
        {staff.isError && <ErrorAlert error={staff.error} onRetry={() => void staff.refetch()} />}
        {staff.isSuccess && (
          <>
            <p>{t("admin:staff.count", { count: staff.data.length })}</p>
            <div className="table-scroll" role="region" aria-label={heading} tabIndex={0}>
              <table className="journal-table staff-table">
                <caption className="visually-hidden">{heading}</caption>
                <thead>
                  <tr>
                    {columns.map((column) => (
                      <th scope="col" key={column}>
                        {t(`admin:staff.columns.${column}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {staff.data.map((member) => (
                    <tr key={member.id}>
                      <th scope="row">{member.full_name}</th>
                      <td>{shown(member.positions, member.position)}</td>
                      <td>
                        <span className="hash staff-table__login">{member.login}</span>
                        {member.email && <span className="staff-table__email">{member.email}</span>}
                      </td>
                      <td>
                        <RoleChips roles={member.roles} />
                      </td>
                      <td>
                        {member.active ? (
                          <span className="badge badge--ok">{t("admin:staff.active")}</span>
                        ) : (
                          <span className="badge">{t("admin:staff.inactive")}</span>
                        )}
                      </td>
                      <td>
                        <MemberActions
                          me={me}
                          member={member}
                          offered={offered}
                          onEdit={() => {
                            setDone("");
                            setEditingPosition(null);
                            setEditing(member);
                          }}
                          onEditPosition={() => {
                            setDone("");
                            setEditing(null);
                            setEditingPosition(member);
                          }}
                          onReset={() => setResetting(member)}
                          onResetTwoFactor={() => {
                            setDone("");
                            setResettingTwoFactor(member);
                          }}
                          onDeactivate={() => setDeactivating(member)}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
        <p className="kept-status" role="status">
          {done}
        </p>
        {reset.isError && <ErrorAlert error={reset.error} />}
        {resetTwoFactor.isError && <ErrorAlert error={resetTwoFactor.error} />}
        {deactivate.isError && <ErrorAlert error={deactivate.error} />}
        {given && (
          <ShownOnce
            label={given.label}
            value={given.value}
            hint={t("admin:shown_once.hint")}
            dismissLabel={t("admin:shown_once.done")}
            onDismiss={() => setGiven(null)}
          />
        )}
      </section>
      {editing && (
        <RolesEditor
          key={editing.id}
          school={school}
          member={editing}
          offered={offered}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setDone(t("admin:staff.roles_saved", { name: editing.full_name }));
            setEditing(null);
          }}
        />
      )}
      {editingPosition && (
        <PositionEditor
          key={editingPosition.id}
          school={school}
          member={editingPosition}
          language={language}
          onCancel={() => setEditingPosition(null)}
          onSaved={() => {
            setDone(t("admin:staff.position_saved", { name: editingPosition.full_name }));
            setEditingPosition(null);
          }}
        />
      )}
      {resetting && (
        <ConfirmDialog
          title={t("admin:staff.reset_title", { name: resetting.full_name })}
          confirmLabel={t("admin:staff.reset_confirm")}
          cancelLabel={t("admin:cancel")}
          pending={reset.isPending}
          onCancel={() => setResetting(null)}
          onConfirm={() =>
            reset.mutate(resetting.id, {
              onSuccess: (answer) =>
                setGiven({
                  label: t("admin:staff.reset_done", { name: resetting.full_name, login: resetting.login }),
                  value: answer.initial_password,
                }),
              onSettled: () => setResetting(null),
            })
          }
        >
          <p>{t("admin:staff.reset_body")}</p>
        </ConfirmDialog>
      )}
      {resettingTwoFactor && (
        <ConfirmDialog
          title={t("admin:staff.reset_two_factor_title", { name: resettingTwoFactor.full_name })}
          confirmLabel={t("admin:staff.reset_two_factor_confirm")}
          cancelLabel={t("admin:cancel")}
          pending={resetTwoFactor.isPending}
          onCancel={() => setResettingTwoFactor(null)}
          onConfirm={() =>
            resetTwoFactor.mutate(resettingTwoFactor.id, {
              onSuccess: () => setDone(t("admin:staff.two_factor_reset", { name: resettingTwoFactor.full_name })),
              onSettled: () => setResettingTwoFactor(null),
            })
          }
        >
          <p>{t("admin:staff.reset_two_factor_body")}</p>
          <p>{t("admin:staff.reset_two_factor_check")}</p>
        </ConfirmDialog>
      )}
      {deactivating && (
        <ConfirmDialog
          title={t("admin:staff.deactivate_title", { name: deactivating.full_name })}
          confirmLabel={t("admin:staff.deactivate_confirm")}
          cancelLabel={t("admin:cancel")}
          pending={deactivate.isPending}
          onCancel={() => setDeactivating(null)}
          onConfirm={() =>
            deactivate.mutate(deactivating.id, {
              onSuccess: () => setDone(t("admin:staff.deactivated", { name: deactivating.full_name })),
              onSettled: () => setDeactivating(null),
            })
          }
        >
          <p>{t("admin:staff.deactivate_body")}</p>
        </ConfirmDialog>
      )}
      <AddStaffMember key={language} school={school} offered={offered} language={language} />
    </>
  );
}

/**
 * `/staff/settings/staff`: the school's staff accounts and their roles, for the director,
 * the school administrator and (naming the school, `?school=`) the district administrator.
 */
export function StaffRolesPage() {
  const { t } = useTranslation("admin");
  useDocumentTitle(t("staff.title"));
  return (
    <section className="panel">
      <h1>{t("staff.title")}</h1>
      <p>{t("staff.intro")}</p>
      <WithSchoolOrDistrict>{({ me, school }) => <StaffAdministration me={me} school={school} />}</WithSchoolOrDistrict>
    </section>
  );
}
