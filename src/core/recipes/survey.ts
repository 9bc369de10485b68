import { groupCounts } from "../tables";
import { surveyTable } from "../tables";
import { defineRecipe } from "./define-recipe";
import { OPTIONS, PARTNER_OPTIONS } from "./options";
import { groupingOf, required } from "./read-options";

/** Seed table 2.4: survey answer shares by group (ward), optionally with crimes per group. */
export const surveyRecipe = defineRecipe({
  id: "survey",
  title: "Survey answers by group",
  description: "Answer shares and n by group (ward), a combined share, optionally crimes per group.",
  seed: "2.4",
  input: "survey",
  standard: false,
  options: [
    {
      name: "answers",
      type: "table",
      label: "Survey answers",
      description: "survey answers, one row per respondent",
      defaultText: "",
      required: true,
    },
    {
      name: "groupColumn",
      type: "text",
      label: "Group column",
      description: "header of the group (ward) column",
      defaultText: "",
      required: true,
    },
    {
      name: "answerColumn",
      type: "text",
      label: "Answer column",
      description: "header of the answer column",
      defaultText: "",
      required: true,
    },
    {
      name: "weightColumn",
      type: "text",
      label: "Weight column",
      description: "header of the weight column",
      defaultText: "unweighted",
    },
    PARTNER_OPTIONS.answerOrder,
    PARTNER_OPTIONS.combine,
    PARTNER_OPTIONS.combineLabel,
    PARTNER_OPTIONS.exclude,
    {
      ...OPTIONS.category,
      label: "Crimes counted per group",
      description: "with crime records as input: the category counted per group in the rolling year",
      defaultText: "no count column",
    },
    OPTIONS.endMonth,
    OPTIONS.grouping,
  ],
  run: (dataset, o) =>
    surveyTable({
      answers: required(o.answers, "survey", "answers"),
      groupColumn: required(o.groupColumn, "survey", "groupColumn"),
      answerColumn: required(o.answerColumn, "survey", "answerColumn"),
      weightColumn: o.weightColumn,
      answerOrder: o.answerOrder,
      combine: o.combine,
      combineLabel: o.combineLabel,
      exclude: o.exclude,
      counts: dataset && o.category ? groupCounts(dataset, o.category, o.endMonth, groupingOf(o)) : null,
    }),
});
