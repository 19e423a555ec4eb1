import { useTranslation } from "react-i18next";
import { DayText } from "../../components/DayText";
import type { JournalRow } from "./hooks";
import { formatRegistrationNumber } from "../../components/registrationNumber";

/**
 * The journal's columns (clause 3.2: number, competent official, measures; and the rest). On
 * a phone each row becomes a card, each value under its column's name.
 */
export function JournalTable({ rows, caption }: { rows: readonly JournalRow[]; caption: string }) {
  const { t } = useTranslation(["journal", "appeal"]);
  return (
    <table className="journal-table card-table">
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
            <td data-label={t("columns.date")}>
              <DayText value={row.registered_on} />
            </td>
            <td data-label={t("columns.official")}>
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
            <td data-label={t("columns.measures")}>
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
            <td data-label={t("columns.channel")}>{t(`channels.${row.channel}`)}</td>
            <td data-label={t("columns.writer")}>{row.anonymous ? t("anonymous") : t("signed")}</td>
            <td data-label={t("columns.categories")}>
              {row.categories.length === 0
                ? t("no_categories")
                : row.categories.map((category) => t(`appeal:categories.names.${category}`)).join(", ")}
            </td>
            <td data-label={t("columns.urgent")}>{row.urgent ? t("urgent_yes") : t("urgent_no")}</td>
            <td data-label={t("columns.status")}>{t(`statuses.${row.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
