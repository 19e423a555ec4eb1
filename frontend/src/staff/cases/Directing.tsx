import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorAlert } from "../../components/ErrorAlert";
import { isNotForYou } from "../BoxStatus";
import { useSchoolStaff, type StaffMember } from "../group/hooks";
import { SelectField } from "./CaseFields";
import { useAssign, useMarkConcerned, type CaseFile } from "./hooks";

function optionLabel(person: StaffMember): string {
  return `${person.full_name} — ${person.position}`;
}

/** The school's active staff, less the people the appeal concerns and any others left out. */
function useCandidates(school: string, file: CaseFile, leaveOut: readonly string[]) {
  const staff = useSchoolStaff(school);
  const excluded = new Set([...file.concerned_staff.map((person) => person.id), ...leaveOut]);
  const candidates = (staff.data ?? []).filter((person) => person.active && !excluded.has(person.id));
  return { staff, candidates };
}

/** The director assigns the competent official, or another one (a new journal entry). */
export function Assignment({ file, school }: { file: CaseFile; school: string }) {
  const { t } = useTranslation(["cases", "common"]);
  const current = file.summary.official;
  const { staff, candidates } = useCandidates(school, file, current ? [current.id] : []);
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
      {staff.isPending && <p role="status">{t("common:loading")}</p>}
      {staff.isError && !isNotForYou(staff.error) && (
        <ErrorAlert error={staff.error} onRetry={() => void staff.refetch()} />
      )}
      {staff.isError && isNotForYou(staff.error) && <p>{t("assignment.no_staff_list")}</p>}
      {staff.isSuccess && (
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
          <p className="kept-status" role="status">
            {assigned ? t("assignment.assigned") : ""}
          </p>
          <button type="submit" className="button button--primary" disabled={assign.isPending}>
            {current ? t("assignment.submit_reassign") : t("assignment.submit")}
          </button>
        </>
      )}
    </form>
  );
}

/** "This appeal concerns this staff member": they lose sight of it; the director's goes to the district. */
export function ConcernForm({ file, school }: { file: CaseFile; school: string }) {
  const { t } = useTranslation(["cases", "common"]);
  const { staff, candidates } = useCandidates(school, file, []);
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
      {staff.isPending && <p role="status">{t("common:loading")}</p>}
      {staff.isError && !isNotForYou(staff.error) && (
        <ErrorAlert error={staff.error} onRetry={() => void staff.refetch()} />
      )}
      {staff.isSuccess && (
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
          {person.roles.includes("director") && <p>{t("concern.dialog_director")}</p>}
        </ConfirmDialog>
      )}
    </form>
  );
}
