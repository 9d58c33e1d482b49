/*
 * Gemeente Utrecht: Cockpit writes an empty field of an instance or definition (no parent instance, no tenant, no
 * name) as the word "null", partly from locales/nl.json (translated there as "geen") and partly straight from its
 * templates. For a Dutch page this module writes "geen" in those template places too.
 */

function vervang() {
  document.querySelectorAll('.null-value').forEach(element => {
    if (element.childElementCount === 0 && element.textContent.trim() === 'null') {
      element.textContent = 'geen';
    }
  });
}

if (document.documentElement.lang === 'nl') {
  new MutationObserver(vervang).observe(document.documentElement, { childList: true, subtree: true });
}

export default [];
