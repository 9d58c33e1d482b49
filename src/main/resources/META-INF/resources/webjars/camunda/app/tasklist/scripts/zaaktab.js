/*
 * Gemeente Utrecht: the case in Tasklist (issue 18).
 *
 * - A tab "Zaak" beside the task's form (plugin point tasklist.task.detail): the task's case file with its timeline,
 *   notes (with a form to add one), linked cases and the case's other open tasks (zaakdossier.js).
 * - A link "Zaken" in the header (tasklist.navbar.action) to the case list /zaken.
 * - Tasklist's own "Opmerking toevoegen" and tab "Historie" need rights on the engine's task comments and
 *   operation log that officials do not have (the comment failed, the history stayed empty); they only show for
 *   users of Admin. The notes of the tab "Zaak" replace them. The link to the process instance (Cockpit) only shows
 *   for users of Cockpit; for everyone else it ended on an English error page.
 */

import { api, el, toonDossier } from './zaakdossier.js';

const RECHTEN = '/camunda/api/admin/auth/user/default';
let rechtenGeladen = null;

/** Marks the page with the apps the user may use (body classes wijk-met-cockpit, wijk-met-beheer). */
function laadRechten() {
  if (!rechtenGeladen) {
    rechtenGeladen = fetch(RECHTEN, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(antwoord => (antwoord.ok ? antwoord.json() : { authorizedApps: [] }))
      .then(gebruiker => {
        const apps = gebruiker.authorizedApps || [];
        document.body.classList.toggle('wijk-met-cockpit', apps.includes('cockpit'));
        document.body.classList.toggle('wijk-met-beheer', apps.includes('admin'));
        verbergHistorie();
      })
      .catch(() => { rechtenGeladen = null; });
  }
  return rechtenGeladen;
}

const HISTORIE = ['Historie', 'History'];

function verbergHistorie() {
  const zichtbaar = document.body.classList.contains('wijk-met-beheer');
  document.querySelectorAll('[cam-tasklist-task] ul.nav-tabs > li').forEach(tab => {
    const anker = tab.querySelector('a');
    if (anker && HISTORIE.includes(anker.textContent.trim())) {
      tab.classList.toggle('wijk-verborgen', !zichtbaar);
    }
  });
}

new MutationObserver(verbergHistorie).observe(document.documentElement, { childList: true, subtree: true });

const zaakTab = {
  id: 'wijk-zaak',
  pluginPoint: 'tasklist.task.detail',
  priority: 950,
  label: 'Zaak',
  render: (node, { taskId, api: camunda }) => {
    laadRechten();
    const vak = el('div', { class: 'wijk-zaaktab' });
    node.replaceChildren(vak);
    vak.append(el('p', { class: 'wijk-laden' }, 'Zaak laden…'));
    api(`/taak/${encodeURIComponent(taskId)}`)
      .then(antwoord => toonDossier(vak, antwoord.zaaknummer, { csrf: camunda && camunda.CSRFToken, huidigeTaak: taskId }))
      .catch(fout => vak.replaceChildren(el('div', { class: 'alert alert-info wijk-fout', role: 'status' },
        fout.status === 404 ? 'Deze taak hoort niet bij een zaak die u mag inzien.' : fout.message)));
  }
};

const zakenLink = {
  id: 'wijk-zaken-link',
  pluginPoint: 'tasklist.navbar.action',
  priority: 50,
  render: node => {
    laadRechten();
    node.replaceChildren(el('a', { href: '/zaken', class: 'wijk-zaken-link' },
      el('span', { class: 'glyphicon glyphicon-folder-open', 'aria-hidden': 'true' }), ' Zaken'));
  }
};

export default [zaakTab, zakenLink];
