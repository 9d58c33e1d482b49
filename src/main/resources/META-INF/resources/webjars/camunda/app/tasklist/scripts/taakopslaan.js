/*
 * Gemeente Utrecht: when the administrator changes a task in Tasklist (a due or follow-up date, groups, priority),
 * Tasklist sends the whole task back with PUT /task/{id}, including the field camundaFormRef that the engine itself
 * had put there for a task with a Camunda Form. Camunda 7.24's REST API cannot read that field back and answered
 * with an English Jackson error. The field is not something a PUT can change, so this module leaves it out of such a
 * request; everything else goes unchanged, with the same rights and refusals.
 */

const TAAK = /\/camunda\/api\/engine\/engine\/[^/]+\/task\/[^/?]+(\?|$)/;

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (methode, adres, ...rest) {
  this.wijkTaakOpslaan = String(methode).toUpperCase() === 'PUT' && TAAK.test(String(adres));
  return open.call(this, methode, adres, ...rest);
};

const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function (inhoud) {
  if (this.wijkTaakOpslaan && typeof inhoud === 'string') {
    try {
      const taak = JSON.parse(inhoud);
      if (taak && typeof taak === 'object' && 'camundaFormRef' in taak) {
        delete taak.camundaFormRef;
        return send.call(this, JSON.stringify(taak));
      }
    } catch (e) {
      // not JSON: send as it is
    }
  }
  return send.call(this, inhoud);
};

export default [];
