/*
 * <cchc-report src="https://cchc.example.gov.vn/api/evaluations/ID/report?format=html&fragment=true">
 *
 * Shows a cchc report fragment inside a Shadow DOM: the page's style sheets cannot reach it and
 * the fragment brings no script. No inline script or style is used: the fragment's style
 * elements are dropped and its rules come as style sheets of this server, linked inside the
 * shadow root, so a page with a strict Content-Security-Policy (script-src and style-src naming
 * this server, connect-src for the fetch) shows it. Events: "cchc-report-ready" when shown,
 * "cchc-report-error" on failure; the attribute data-state says loading, ready or error.
 */
(function () {
  'use strict';
  var current = document.currentScript;
  var base = current && current.src ? new URL('.', current.src).href : new URL('/embed/', location.href).href;
  var SHEETS = ['cchc-host.css', 'cchc-report.css'];
  var DROPPED = 'script, style, link, meta, base, iframe, frame, object, embed, form, template';

  function clean(doc) {
    doc.querySelectorAll(DROPPED).forEach(function (e) { e.remove(); });
    doc.querySelectorAll('*').forEach(function (el) {
      Array.prototype.slice.call(el.attributes).forEach(function (a) {
        var name = a.name.toLowerCase();
        if (name.indexOf('on') === 0 || name === 'style'
            || ((name === 'href' || name === 'src' || name === 'xlink:href' || name === 'action')
                && !/^\s*(https?:|#|data:image\/(png|jpeg|gif);)/i.test(a.value))) {
          el.removeAttribute(a.name);
        }
      });
    });
  }

  function sheet(name) {
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL(name, base).href;
    var loaded = new Promise(function (resolve, reject) {
      link.addEventListener('load', resolve);
      link.addEventListener('error', function () { reject(new Error('style sheet ' + name)); });
    });
    return { link: link, loaded: loaded };
  }

  class CchcReport extends HTMLElement {
    static get observedAttributes() { return ['src']; }

    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
      this.generation = 0;
    }

    connectedCallback() { this.load(); }

    attributeChangedCallback() { if (this.isConnected) { this.load(); } }

    load() {
      var src = this.getAttribute('src');
      if (!src) { return; }
      var self = this;
      var generation = ++this.generation;
      var root = this.shadowRoot;
      this.setAttribute('data-state', 'loading');
      fetch(new URL(src, document.baseURI).href, { credentials: 'omit', headers: { Accept: 'text/html' } })
        .then(function (r) {
          if (!r.ok) { throw new Error('HTTP ' + r.status); }
          return r.text();
        })
        .then(function (html) {
          if (generation !== self.generation) { return null; }
          // parsed into an inert template: nothing in it runs, loads or applies, so the fragment's
          // own style element neither applies nor trips the page's policy before it is dropped
          var template = document.createElement('template');
          template.innerHTML = html;
          var parsed = template.content;
          clean(parsed);
          var content = document.createDocumentFragment();
          var waits = SHEETS.map(function (name) {
            var s = sheet(name);
            content.appendChild(s.link);
            return s.loaded;
          });
          content.appendChild(document.importNode(parsed, true));
          root.replaceChildren(content);
          return Promise.all(waits);
        })
        .then(function (done) {
          if (done === null || generation !== self.generation) { return; }
          self.setAttribute('data-state', 'ready');
          self.dispatchEvent(new CustomEvent('cchc-report-ready', { bubbles: true }));
        })
        .catch(function (error) {
          if (generation !== self.generation) { return; }
          var s = sheet('cchc-host.css');
          var p = document.createElement('p');
          p.className = 'cchc-report-error';
          p.textContent = 'Không tải được báo cáo (' + error.message + ')';
          root.replaceChildren(s.link, p);
          self.setAttribute('data-state', 'error');
          self.dispatchEvent(new CustomEvent('cchc-report-error', { bubbles: true, detail: String(error.message) }));
        });
    }
  }

  if (!customElements.get('cchc-report')) {
    customElements.define('cchc-report', CchcReport);
  }
})();
