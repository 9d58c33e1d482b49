/*
 * Gemeente Utrecht: the manager reads every task but works none. Tasklist still offered him "Claimen" (and the
 * button "Deze taak oppakken" that presses it), which ended in a refusal. This module asks the engine, for the task
 * that is open, whether the user may work it (Camunda's own check of TASK_WORK on the task, the right a candidate
 * group or assignee has). If not, the page gets the class wijk-alleen-lezen: the claim buttons are hidden
 * (zaakdossier.css) and a line says the task is there to read.
 */

const CONTROLE = '/camunda/api/engine/engine/default/authorization/check?permissionName=TASK_WORK'
  + '&resourceName=Task&resourceType=7&resourceId=';
const MELDING = 'wijk-alleen-lezen-melding';
let gecontroleerd = null;
let alleenLezen = false;

function geopendeTaak() {
  const treffer = /[?&]task=([^&]+)/.exec(decodeURIComponent(window.location.hash || ''));
  return treffer ? treffer[1] : null;
}

function controleer() {
  const taak = geopendeTaak();
  if (taak === gecontroleerd) {
    return;
  }
  gecontroleerd = taak;
  alleenLezen = false;
  werkBij();
  if (!taak) {
    return;
  }
  fetch(CONTROLE + encodeURIComponent(taak), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(antwoord => (antwoord.ok ? antwoord.json() : { authorized: true }))
    .then(uitkomst => {
      if (gecontroleerd === taak) {
        alleenLezen = uitkomst.authorized === false;
        werkBij();
      }
    })
    .catch(() => {});
}

function werkBij() {
  document.body.classList.toggle('wijk-alleen-lezen', alleenLezen);
  const taak = document.querySelector('[cam-tasklist-task]');
  const grijs = taak && taak.querySelector('.disabled-form');
  const bestaand = document.querySelector(`.${MELDING}`);
  if (!alleenLezen || !grijs) {
    if (bestaand) {
      bestaand.remove();
    }
    return;
  }
  if (!bestaand || !grijs.contains(bestaand)) {
    if (bestaand) {
      bestaand.remove();
    }
    const melding = document.createElement('div');
    melding.className = `alert alert-info ${MELDING}`;
    melding.setAttribute('role', 'status');
    melding.textContent = 'U kunt deze taak inzien, maar niet oppakken of afronden: dat doet de groep die de taak '
      + 'heeft gekregen.';
    grijs.prepend(melding);
  }
}

window.addEventListener('hashchange', controleer);
let gepland = false;
new MutationObserver(() => {
  if (!gepland) {
    gepland = true;
    requestAnimationFrame(() => {
      gepland = false;
      controleer();
      werkBij();
    });
  }
}).observe(document.documentElement, { childList: true, subtree: true });

export default [];
