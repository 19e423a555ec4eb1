import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Me, Role } from "../../auth/hooks";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorAlert } from "../../components/ErrorAlert";
import { isNotForYou } from "../BoxStatus";
import { useSchoolStaff } from "../group/hooks";
import { can } from "../roles";
import { SelectField } from "../../components/fields";
import { useAssign, useMarkConcerned, type CaseFile, type StaffRef } from "./hooks";

/** A person to choose; the roles are known only from the school's staff list. */
type Candidate = StaffRef & { roles?: readonly Role[] };

function optionLabel(person: Candidate): string {
  return `${person.full_name} — ${person.position}`;
}

/** The director assigns the competent official, or another one (a new journal entry). */
export function Assignment({ file }: { file: CaseFile }) {
  const { t } = useTranslation(["cases", "common"]);
  const current = file.summary.official;
  // The server lists exactly who may be assigned; the current official would be refused again.
  const candidates = file.assignable.filter((person) => person.id !== current?.id);
  const assign = useAssign(file.summary.id);
  const [chosen, setChosen] = useState("");
  const [missing, setMissing] = useState(false);
  const [assigned, setAssigned] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissing(chosen === "");
    setAssigned(false);
    if (chosen === "") return;
    assign.mutate(chosen, {
      onSuccess: () => {
        setChosen("");
        setAssigned(true);
      },
    });
  };

  return (
    <form className="case-form" onSubmit={onSubmit} noValidate aria-labelledby="assignment-heading">
      <h3 id="assignment-heading">{current ? t("assignment.heading_reassign") : t("assignment.heading")}</h3>
      <p className="field__hint">{t("assignment.hint")}</p>
      {candidates.length === 0 ? (
        <p>{t("assignment.nobody")}</p>
      ) : (
        <>
          <SelectField
            label={t("assignment.official")}
            value={chosen}
            onChange={setChosen}
            error={missing ? t("assignment.official_required") : undefined}
          >
            <option value="">{t("assignment.choose")}</option>
            {candidates.map((person) => (
              <option key={person.id} value={person.id}>
                {optionLabel(person)}
              </option>
            ))}
          </SelectField>
          {assign.isError && <ErrorAlert error={assign.error} />}
          <button type="submit" className="button button--primary" disabled={assign.isPending}>
            {current ? t("assignment.submit_reassign") : t("assignment.submit")}
          </button>
        </>
      )}
      <p className="kept-status" role="status">
        {assigned ? t("assignment.assigned") : ""}
      </p>
    </form>
  );
}

/**
 * Whom the appeal may be recorded as concerning: the school's active staff, less those already
 * recorded. The school's staff list is for its director and administrators; a district officer
 * directing an appeal about the director has, instead, those the case can be assigned to and
 * its official. `staff` is the list's query when it is used.
 */
function useConcernCandidates(file: CaseFile, me: Me) {
  const mayList = can.readSchoolStaff(me);
  const staff = useSchoolStaff(mayList ? file.summary.school : undefined);
  const concerned = new Set(file.concerned_staff.map((person) => person.id));
  if (mayList && !(staff.isError && isNotForYou(staff.error))) {
    const candidates: Candidate[] = (staff.data ?? []).filter((person) => person.active && !concerned.has(person.id));
    return { staff, candidates };
  }
  const known = new Map<string, Candidate>();
  for (const person of file.assignable) known.set(person.id, person);
  if (file.summary.official) known.set(file.summary.official.id, file.summary.official);
  // A district account belongs to no school: the server would refuse it as concerned staff.
  if (me.school == null) known.delete(me.id);
  return { staff: undefined, candidates: [...known.values()].filter((person) => !concerned.has(person.id)) };
}

/** "This appeal concerns this staff member": they lose sight of it; the director's goes to the district. */
export function ConcernForm({ file, me }: { file: CaseFile; me: Me }) {
  const { t } = useTranslation(["cases", "common"]);
  const { staff, candidates } = useConcernCandidates(file, me);
  const mark = useMarkConcerned(file.summary.id);
  const [chosen, setChosen] = useState("");
  const [missing, setMissing] = useState(false);
  const [asking, setAsking] = useState(false);
  const person = candidates.find((candidate) => candidate.id === chosen);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissing(chosen === "");
    if (chosen !== "") setAsking(true);
  };

  return (
    <form className="case-form" onSubmit={onSubmit} noValidate aria-labelledby="concern-heading">
      <h3 id="concern-heading">{t("concern.heading")}</h3>
      <p className="field__hint">{t("concern.hint")}</p>
      {staff?.isPending && <p role="status">{t("common:loading")}</p>}
      {staff?.isError && <ErrorAlert error={staff.error} onRetry={() => void staff.refetch()} />}
      {(staff === undefined || staff.isSuccess) && (
        <>
          <SelectField
            label={t("concern.person")}
            value={chosen}
            onChange={setChosen}
            error={missing ? t("concern.person_required") : undefined}
          >
            <option value="">{t("concern.choose")}</option>
            {candidates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {optionLabel(candidate)}
              </option>
            ))}
          </SelectField>
          {mark.isError && <ErrorAlert error={mark.error} />}
          <button type="submit" className="button">
            {t("concern.submit")}
          </button>
        </>
      )}
      {asking && person && (
        <ConfirmDialog
          title={t("concern.dialog_title", { name: person.full_name })}
          confirmLabel={t("concern.confirm")}
          cancelLabel={t("concern.cancel")}
          pending={mark.isPending}
          onCancel={() => setAsking(false)}
          onConfirm={() =>
            mark.mutate(person.id, {
              onSuccess: () => setChosen(""),
              onSettled: () => setAsking(false),
            })
          }
        >
          <p>{t("concern.dialog_body")}</p>
          {person.roles?.includes("director") && <p>{t("concern.dialog_director")}</p>}
        </ConfirmDialog>
      )}
    </form>
  );
}
