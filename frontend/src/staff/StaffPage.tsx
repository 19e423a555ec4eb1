import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useMe, type Me } from "../auth/hooks";
import { ErrorAlert } from "../components/ErrorAlert";
import { useSchool } from "./hooks";

export interface StaffContext {
  me: Me;
  /** The school's slug. */
  school: string;
  /** The school's time zone, once known: days and times are the school's. */
  timeZone: string | undefined;
}

/**
 * A staff page about the signed-in person's school: waits for who they are, and says so
 * when they belong to no school (a district account).
 */
export function WithSchool({ children }: { children: (context: StaffContext) => ReactNode }) {
  const { t } = useTranslation(["staff", "common"]);
  const me = useMe();
  const slug = me.data?.school?.slug;
  const school = useSchool(slug);
  if (me.isPending) return <p role="status">{t("common:loading")}</p>;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!slug) return <p className="notice">{t("shell.no_school")}</p>;
  return children({ me: me.data, school: slug, timeZone: school.data?.settings.time_zone });
}
