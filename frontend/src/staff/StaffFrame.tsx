import { useTranslation } from "react-i18next";
import { NavLink, Outlet } from "react-router";
import { useMe, useSignOut } from "../auth/hooks";
import { can } from "./roles";

/** The frame of the staff pages: the sections the signed-in person may use, and signing out. */
export function StaffFrame() {
  const { t } = useTranslation(["staff", "auth"]);
  const me = useMe();
  const signOut = useSignOut();
  const links = [
    { to: "/staff", label: t("nav.home"), shown: true, end: true },
    { to: "/staff/cases", label: t("nav.cases"), shown: can.handleCases(me.data), end: false },
    { to: "/staff/box", label: t("nav.box"), shown: can.followOpenings(me.data), end: false },
    { to: "/staff/journal", label: t("nav.journal"), shown: can.readJournal(me.data), end: false },
    { to: "/staff/reports", label: t("nav.reports"), shown: can.prepareReports(me.data), end: false },
    { to: "/staff/district", label: t("nav.district"), shown: can.watchDistrict(me.data), end: true },
    {
      to: "/staff/district/integrations",
      label: t("nav.integrations"),
      shown: can.manageIntegrations(me.data),
      end: false,
    },
    { to: "/staff/working-group", label: t("nav.working_group"), shown: can.manageWorkingGroup(me.data), end: false },
    { to: "/staff/settings/holidays", label: t("nav.holidays"), shown: can.manageHolidays(me.data), end: false },
    { to: "/staff/audit", label: t("nav.audit"), shown: can.readAuditTrail(me.data), end: false },
  ].filter((link) => link.shown);

  return (
    <div className="staff">
      <div className="staff-bar no-print">
        <nav className="staff-nav" aria-label={t("nav.label")}>
          <ul>
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.end}>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <button type="button" className="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          {signOut.isPending ? t("auth:signing_out") : t("auth:sign_out")}
        </button>
      </div>
      <Outlet />
    </div>
  );
}
