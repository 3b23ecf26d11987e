// A command's form is sent once: while its request runs, a second submit (a double click, Enter pressed twice) is
// dropped and its buttons are disabled. The form's idempotency key (FormKey) covers what still gets through (a reload
// of the answer, a retry): the service answers the first result. A page shown again from the back-forward cache has
// its forms ready again.
(() => {
    const sending = form => form.dataset.sending === 'on';
    document.addEventListener('submit', e => {
        const form = e.target;
        if (!(form instanceof HTMLFormElement) || (form.method || '').toLowerCase() !== 'post') {
            return;
        }

        if (sending(form)) {
            e.preventDefault();
            return;
        }

        if (e.defaultPrevented) {
            return;
        }

        form.dataset.sending = 'on';
        form.setAttribute('aria-busy', 'true');
        // After the browser has taken the form's values (a disabled button's own value would not be sent).
        setTimeout(() => form.querySelectorAll('button[type=submit], button:not([type])').forEach(b => { b.disabled = true; }), 0);
    });
    window.addEventListener('pageshow', e => {
        if (!e.persisted) {
            return;
        }

        document.querySelectorAll('form[data-sending=on]').forEach(form => {
            delete form.dataset.sending;
            form.removeAttribute('aria-busy');
            form.querySelectorAll('button').forEach(b => { b.disabled = false; });
        });
    });
})();
