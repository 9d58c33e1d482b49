/*
 * Gemeente Utrecht: the priority in Tasklist's task list in words (issue 19 item 1). Tasklist shows a task's priority
 * as a bare number in each card (div.priority); an escalation's tasks carry the priority of its urgentie (acuut 90,
 * hoog 70, normaal 50; escalatie/EscalatiePrioriteit). Each card with priority 70 or more gets a label "Acuut" or
 * "Hoog" after the number, inside Tasklist's own div (styles/prioriteit.css), so urgent work stands out; normal work
 * gets no label. Angular only rewrites the number's text node, so the label stays and follows a changed priority.
 */

const LABELS = [[90, 'acuut', 'Acuut'], [70, 'hoog', 'Hoog']];

function label(prioriteit) {
  return LABELS.find(([vanaf]) => prioriteit >= vanaf);
}

function markeer() {
  document.querySelectorAll('[cam-tasks] .task .priority, .tasks-list .task .priority').forEach(vak => {
    const getal = Number.parseInt((vak.firstChild && vak.firstChild.nodeType === Node.TEXT_NODE ? vak.firstChild.textContent
      : vak.textContent).trim(), 10);
    const gevonden = Number.isNaN(getal) ? null : label(getal);
    const soort = gevonden ? gevonden[1] : 'normaal';
    if (vak.dataset.wijkPrioriteit === soort) {
      return;
    }
    vak.dataset.wijkPrioriteit = soort;
    const oud = vak.querySelector('.wijk-prioriteit');
    if (oud) {
      oud.remove();
    }
    if (gevonden) {
      vak.append(Object.assign(document.createElement('span'), {
        className: `wijk-prioriteit wijk-prioriteit-${soort}`, textContent: gevonden[2], title: `Prioriteit ${getal}: ${gevonden[2].toLowerCase()}`
      }));
    }
  });
}

new MutationObserver(markeer).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

export default [];
