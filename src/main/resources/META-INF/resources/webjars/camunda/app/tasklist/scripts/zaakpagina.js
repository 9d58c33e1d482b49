/*
 * Gemeente Utrecht: the pages /zaken (the case list) and /zaken/{zaaknummer} (one case file), served by the
 * application (zaak/ZaakPaginas) in Tasklist's look on the webapps' session.
 */

import { toonDossier, toonLijst } from './zaakdossier.js';

const inhoud = document.getElementById('inhoud');
const zaaknummer = inhoud.dataset.zaaknummer;
if (zaaknummer) {
  document.title = `Zaak ${zaaknummer} — Gemeente Utrecht`;
  const dossier = document.createElement('div');
  inhoud.append(dossier);
  toonDossier(dossier, zaaknummer, { csrf: inhoud.dataset.csrf, kop: 'h2', titelKop: 'h1' });
} else if (!inhoud.querySelector('.wijk-onbekend')) {
  toonLijst(inhoud);
}
