import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formatMonth, formatMonthShort } from "../i18n/dates";
import { barValue, type ShownCount } from "./CountBars";

export interface TrendMonth {
  month: string;
  registered: ShownCount;
}

const WIDTH = 360;
const HEIGHT = 160;
const AXIS = 20;
const LABEL = 14;

/**
 * Registered appeals month by month, as columns in plain SVG (no chart library, nothing
 * from elsewhere). Each column carries the count as the server shows it.
 */
export function TrendChart({ months, title }: { months: TrendMonth[]; title: string }) {
  const { i18n } = useTranslation();
  const id = useId();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const most = Math.max(1, ...months.map((month) => barValue(month.registered)));
  const slot = WIDTH / Math.max(1, months.length);
  const column = slot * 0.6;
  const room = HEIGHT - AXIS - LABEL;
  const description = months.map((month) => `${formatMonth(month.month, language)}: ${month.registered.shown}`).join("; ");

  return (
    <figure className="trend-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <line x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} className="trend-chart__axis" />
        {months.map((month, index) => {
          const height = (barValue(month.registered) / most) * room;
          const x = index * slot + (slot - column) / 2;
          const y = HEIGHT - AXIS - height;
          return (
            <g key={month.month}>
              <rect
                x={x}
                y={y}
                width={column}
                height={height}
                className={month.registered.count == null ? "trend-chart__bar trend-chart__bar--hidden" : "trend-chart__bar"}
              />
              <text x={x + column / 2} y={y - 3} textAnchor="middle" className="trend-chart__value">
                {month.registered.shown}
              </text>
              <text x={x + column / 2} y={HEIGHT - 6} textAnchor="middle" className="trend-chart__month">
                {formatMonthShort(month.month, language)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
