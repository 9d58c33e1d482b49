/*
 * Gemeente Utrecht: a task offered to the user's group opened grey, and only a small "Claimen" link in the task's
 * header made it workable. This module puts one clear Dutch button at the top of such a form: "Deze taak oppakken".
 * It presses Tasklist's own claim button (same request, same rights, same refusals), so nothing new is allowed; when
 * the task is taken, the button goes. A task someone else holds gets a line saying so instead of a button.
 */

const KLAAR = 'wijk-oppakken';

function taakweergave() {
  return document.querySelector('[cam-tasklist-task]');
}

function werkBij() {
  const taak = taakweergave();
  const grijs = taak && taak.querySelector('.disabled-form');
  const bestaand = taak && taak.querySelector(`.${KLAAR}`);
  const claim = taak && taak.querySelector('li.assignee button.claim');
  if (!grijs || !(claim || houder(taak))) {
    if (bestaand) {
      bestaand.remove();
    }
    return;
  }
  const soort = claim ? 'vrij' : 'bezet';
  if (bestaand && bestaand.dataset.soort === soort && bestaand.nextElementSibling === grijs) {
    return;
  }
  if (bestaand) {
    bestaand.remove();
  }
  grijs.parentNode.insertBefore(claim ? knop(claim) : bezet(houder(taak)), grijs);
}

/** The task's holder when it is someone else (Tasklist shows the name in the header, without an unclaim button). */
function houder(taak) {
  const veld = taak.querySelector('li.assignee');
  if (!veld || veld.querySelector('button.claim, button.unclaim')) {
    return null;
  }
  const naam = (veld.textContent || '').replace(/\s+/g, ' ').trim();
  return naam || null;
}

function knop(claim) {
  const vak = document.createElement('div');
  vak.className = `alert alert-info ${KLAAR}`;
  vak.dataset.soort = 'vrij';
  vak.setAttribute('role', 'region');
  vak.setAttribute('aria-label', 'Taak oppakken');
  const uitleg = document.createElement('p');
  uitleg.textContent = 'Deze taak staat klaar voor uw groep. Pak haar op om het formulier in te vullen; '
    + 'uw collega\'s zien dan dat u ermee bezig bent.';
  const actie = document.createElement('button');
  actie.type = 'button';
  actie.className = 'btn btn-primary wijk-oppakken-knop';
  actie.textContent = 'Deze taak oppakken';
  actie.addEventListener('click', () => {
    actie.disabled = true;
    actie.textContent = 'Bezig met oppakken…';
    claim.click();
  });
  vak.append(uitleg, actie);
  return vak;
}

function bezet(naam) {
  const vak = document.createElement('div');
  vak.className = `alert alert-warning ${KLAAR}`;
  vak.dataset.soort = 'bezet';
  vak.setAttribute('role', 'status');
  vak.textContent = `Deze taak is opgepakt door ${naam}. Alleen die persoon kan het formulier invullen.`;
  return vak;
}

let gepland = false;
new MutationObserver(() => {
  if (!gepland) {
    gepland = true;
    requestAnimationFrame(() => {
      gepland = false;
      werkBij();
    });
  }
}).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });

export default [];
