import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { WithSchool } from "../WithSchool";
import { useSchoolStaff, useSetWorkingGroupMember, useWorkingGroup, type StaffMember } from "./hooks";

function MemberToggle({ school, person, member }: { school: string; person: StaffMember; member: boolean }) {
  const { t } = useTranslation("group");
  const setMember = useSetWorkingGroupMember(school);
  // Shown at once as asked, until the list from the server follows.
  const [asked, setAsked] = useState<boolean | null>(null);
  const shown = asked ?? member;
  return (
    <li className="staff-list__item">
      <label className="staff-list__toggle">
        <input
          type="checkbox"
          checked={shown}
          disabled={setMember.isPending}
          onChange={(event) => {
            setAsked(event.target.checked);
            setMember.mutate(
              { userId: person.id, member: event.target.checked },
              { onSettled: () => setAsked(null) },
            );
          }}
        />
        <span>
          <span className="staff-list__name">{person.full_name}</span>
          <span className="staff-list__position">{person.position}</span>
        </span>
      </label>
      <span className={shown ? "badge badge--ok" : "badge"}>{shown ? t("member") : t("not_member")}</span>
      {!person.active && <span className="badge">{t("inactive")}</span>}
      {setMember.isError && <ErrorAlert error={setMember.error} />}
    </li>
  );
}

function Group({ school }: { school: string }) {
  const { t } = useTranslation(["group", "common"]);
  const staff = useSchoolStaff(school);
  const group = useWorkingGroup(school);
  if (staff.isPending || group.isPending) return <p role="status">{t("common:loading")}</p>;
  if (staff.isError) return <ErrorAlert error={staff.error} onRetry={() => void staff.refetch()} />;
  if (group.isError) return <ErrorAlert error={group.error} onRetry={() => void group.refetch()} />;
  const members = new Set(group.data.map((person) => person.id));
  return (
    <>
      <p role="status">{t("count", { count: members.size })}</p>
      <ul className="staff-list" aria-label={t("list_label")}>
        {staff.data.map((person) => (
          <MemberToggle key={person.id} school={school} person={person} member={members.has(person.id)} />
        ))}
      </ul>
    </>
  );
}

/** `/staff/working-group`: who opens the box (clause 2.3), named by the director or administrator. */
export function WorkingGroupPage() {
  const { t } = useTranslation("group");
  useDocumentTitle(t("title"));
  return (
    <section className="panel">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <WithSchool>{({ school }) => <Group school={school} />}</WithSchool>
    </section>
  );
}
