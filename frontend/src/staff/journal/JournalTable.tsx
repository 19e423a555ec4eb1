import { useTranslation } from "react-i18next";
import { DayText } from "../../components/DayText";
import type { JournalRow } from "./hooks";
import { formatRegistrationNumber } from "../../components/registrationNumber";

/** The journal's columns (clause 3.2: number, competent official, measures; and the rest). */
export function JournalTable({ rows, caption }: { rows: readonly JournalRow[]; caption: string }) {
  const { t } = useTranslation(["journal", "appeal"]);
  return (
    <table className="journal-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("columns.number")}</th>
          <th scope="col">{t("columns.date")}</th>
          <th scope="col">{t("columns.official")}</th>
          <th scope="col">{t("columns.measures")}</th>
          <th scope="col">{t("columns.channel")}</th>
          <th scope="col">{t("columns.writer")}</th>
          <th scope="col">{t("columns.categories")}</th>
          <th scope="col">{t("columns.urgent")}</th>
          <th scope="col">{t("columns.status")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.appeal_id}>
            <th scope="row">{formatRegistrationNumber(row.registration_number)}</th>
            <td>
              <DayText value={row.registered_on} />
            </td>
            <td>
              {row.concerns_you ? (
                t(row.routed_to_district ? "concerns_you.district" : "concerns_you.school")
              ) : row.official ? (
                // Names and measures are isolated: a direction override typed into one cannot
                // reorder what is printed around it.
                <bdi>{`${row.official.position}, ${row.official.full_name}`}</bdi>
              ) : (
                t("not_assigned")
              )}
            </td>
            <td>
              {row.concerns_you ? (
                t("concerns_you.withheld")
              ) : row.measures.length === 0 ? (
                t("no_measures")
              ) : (
                <ul className="journal-table__measures">
                  {row.measures.map((measure, index) => (
                    <li key={index}>
                      <DayText value={measure.recorded_on} />
                      {": "}
                      <bdi>{measure.summary}</bdi>
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td>{t(`channels.${row.channel}`)}</td>
            <td>{row.anonymous ? t("anonymous") : t("signed")}</td>
            <td>
              {row.categories.length === 0
                ? t("no_categories")
                : row.categories.map((category) => t(`appeal:categories.names.${category}`)).join(", ")}
            </td>
            <td>{row.urgent ? t("urgent_yes") : t("urgent_no")}</td>
            <td>{t(`statuses.${row.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
