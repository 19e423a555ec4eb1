import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useMe, type Me } from "../../auth/hooks";
import { ErrorAlert } from "../../components/ErrorAlert";

/** A page about the signed-in person's district: waits for who they are, and says so when they have none. */
export function WithDistrict({ children }: { children: (context: { me: Me; district: string }) => ReactNode }) {
  const { t } = useTranslation(["district", "common"]);
  const me = useMe();
  if (me.isPending) return <p role="status">{t("common:loading")}</p>;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data.district) return <p className="notice">{t("no_district")}</p>;
  return children({ me: me.data, district: me.data.district.slug });
}
