import type { components } from "../api/generated/schema";

export type ShownCount = components["schemas"]["ShownCount"];

/**
 * How long a bar is drawn for a count: a hidden small count ("<3") gets a short stub, so a
 * category that has appeals never looks empty, and no one can read its size off the bar.
 */
export function barValue(count: ShownCount): number {
  return count.count ?? 1;
}

export interface Bar {
  key: string;
  label: string;
  count: ShownCount;
}

/**
 * A horizontal bar chart drawn with CSS: each bar is labelled with what the server says to
 * print (`shown`), never a number the client works out. Readable as a list without styles.
 */
export function CountBars({ bars, label }: { bars: Bar[]; label: string }) {
  const most = Math.max(1, ...bars.map((bar) => barValue(bar.count)));
  return (
    <ul className="count-bars" aria-label={label}>
      {bars.map((bar) => (
        <li key={bar.key} className="count-bars__item">
          <span className="count-bars__label">{bar.label}</span>
          <span className="count-bars__track" aria-hidden="true">
            <span
              className={bar.count.count == null ? "count-bars__bar count-bars__bar--hidden" : "count-bars__bar"}
              style={{ width: `${(barValue(bar.count) / most) * 100}%` }}
            />
          </span>
          <span className="count-bars__value">{bar.count.shown}</span>
        </li>
      ))}
    </ul>
  );
}
