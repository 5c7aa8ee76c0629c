// Listen: reads the story's brief aloud with the browser's own speech synthesis (no outside
// service). A static file, so the Content-Security-Policy (script-src 'self') allows it; the button
// stays hidden where the browser has no speech synthesis.
//
// Test hook: window.storylineListen.texts() gives the texts it would speak, in page order, and
// window.storylineListen.spoken holds what the last click handed to the synthesiser.
(function () {
  'use strict';
  var SECTIONS = ['headline', 'why_it_matters', 'key_points', 'summary', 'explainer', 'sides',
    'noise', 'forecast', 'timeline'];

  // The visible words of an element, without source numbers and badges.
  function words(el) {
    var copy = el.cloneNode(true);
    var drop = copy.querySelectorAll('sup.refs, .checked, .updated, .visually-hidden, svg, ' +
      'form, button, .listen-row, .coverage, .story-topics');
    for (var i = 0; i < drop.length; i++) drop[i].remove();
    return copy.textContent.replace(/\s+/g, ' ').trim();
  }

  function texts() {
    var out = [];
    SECTIONS.forEach(function (key) {
      var section = document.querySelector('article.brief section[data-section="' + key + '"]');
      if (!section) return;
      // the headline section is read as its headline alone (not the kicker, counts or bar)
      var text = words(key === 'headline' ? (section.querySelector('h1') || section) : section);
      if (text) out.push(text);
    });
    return out;
  }

  var hook = { texts: texts, spoken: null };
  window.storylineListen = hook;

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('listen');
    if (!button || !('speechSynthesis' in window) || typeof SpeechSynthesisUtterance !== 'function') {
      return; // no speech synthesis: the button stays hidden
    }
    var note = document.getElementById('listen-note');
    button.hidden = false;
    if (note) note.hidden = false;
    var lang = document.documentElement.lang || 'en';
    button.addEventListener('click', function () {
      var synth = window.speechSynthesis;
      if (synth.speaking || synth.pending) {
        synth.cancel();
        button.textContent = 'Listen';
        button.setAttribute('aria-pressed', 'false');
        return;
      }
      var parts = texts();
      hook.spoken = parts.slice();
      parts.forEach(function (text, i) {
        var u = new SpeechSynthesisUtterance(text);
        u.lang = lang;
        if (i === parts.length - 1) {
          u.onend = function () {
            button.textContent = 'Listen';
            button.setAttribute('aria-pressed', 'false');
          };
        }
        synth.speak(u);
      });
      button.textContent = 'Stop';
      button.setAttribute('aria-pressed', 'true');
    });
  });
})();
