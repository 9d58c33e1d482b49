/*
 * Gemeente Utrecht: Tasklist's task list gives the assignee's name the tooltip "task.assignee" (a template without
 * translation: uib-tooltip="task.assignee" in Camunda 7.24). This module puts the Dutch word in its place, in the
 * attribute and in the tooltip as it appears on hover.
 */

const TEKSTEN = { 'task.assignee': 'Behandelaar' };

function vertaal() {
  document.querySelectorAll('[uib-tooltip]').forEach(element => {
    const tekst = TEKSTEN[element.getAttribute('uib-tooltip')];
    if (tekst) {
      element.setAttribute('uib-tooltip', tekst);
    }
  });
  document.querySelectorAll('.tooltip-inner').forEach(tooltip => {
    const tekst = TEKSTEN[tooltip.textContent.trim()];
    if (tekst) {
      tooltip.textContent = tekst;
    }
  });
}

new MutationObserver(vertaal).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

export default [];
