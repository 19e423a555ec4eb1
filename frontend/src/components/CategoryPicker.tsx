import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { AppealCategory } from "../public/hooks";
import { CATEGORIES } from "../public/categories";

interface CategoryPickerProps {
  selected: ReadonlySet<AppealCategory>;
  onToggle: (category: AppealCategory) => void;
}

/** The Convention's categories, folded away: choosing them is optional. */
export function CategoryPicker({ selected, onToggle }: CategoryPickerProps) {
  const { t } = useTranslation("appeal");
  const ids = useId();
  return (
    <details className="categories">
      <summary>{t("categories.toggle")}</summary>
      <fieldset>
        <legend>{t("categories.legend")}</legend>
        <ul className="categories__list">
          {CATEGORIES.map(({ code: category, article }) => {
            const label = t(`categories.names.${category}`);
            const id = `${ids}-category-${category}`;
            return (
              <li key={category}>
                <input type="checkbox" id={id} checked={selected.has(category)} onChange={() => onToggle(category)} />
                <label htmlFor={id}>{article ? t("categories.with_article", { name: label, article }) : label}</label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </details>
  );
}
