// A command's form is sent once: while its request runs, a second submit (a double click, Enter pressed twice) is
// dropped and its buttons are disabled. The form's idempotency key (FormKey) covers what still gets through (a reload
// of the answer, a retry): the service answers the first result. A page shown again from the back-forward cache has
// its forms ready again.
// A form of the web app posted on a session that has ended goes to the sign-in page and comes back to its page: what
// was typed in it (not passwords, files or hidden fields) is kept in the tab's sessionStorage while it is sent, and put
// back into the same form when the page comes back after a sign-in; any other page that follows drops it.
(() => {
    const DRAFT = 'aftersales.draft';
    const here = () => location.pathname + location.search;
    const kept = field => field.name && !['hidden', 'password', 'file', 'submit', 'button'].includes(field.type);
    const keyOf = form => form.dataset.operation || form.getAttribute('action') || '';
    const keep = form => {
        if (!location.pathname.startsWith('/app')) {
            return;
        }

        const fields = [...form.elements].filter(kept).map(f => [f.name, f.type === 'checkbox' || f.type === 'radio' ? (f.checked ? f.value : null) : f.value]);
        try {
            sessionStorage.setItem(DRAFT, JSON.stringify({ path: here(), form: keyOf(form), fields, at: Date.now() }));
        } catch {
            // A full or disabled storage keeps nothing; the form is sent all the same.
        }
    };
    const restore = () => {
        let draft;
        try {
            draft = JSON.parse(sessionStorage.getItem(DRAFT) || 'null');
        } catch {
            draft = null;
        }

        if (!draft || Date.now() - draft.at > 3600_000) {
            sessionStorage.removeItem(DRAFT);
            return;
        }

        if (location.pathname.startsWith('/login')) {
            // The form's post ended on the sign-in page: its text comes back with the page after signing in.
            draft.interrupted = true;
            sessionStorage.setItem(DRAFT, JSON.stringify(draft));
            return;
        }

        sessionStorage.removeItem(DRAFT);
        const form = draft.interrupted && draft.path === here() && [...document.forms].find(f => keyOf(f) === draft.form);
        if (!form) {
            return;
        }

        for (const [name, value] of draft.fields) {
            for (const field of [...form.elements].filter(f => f.name === name && kept(f))) {
                if (field.type === 'checkbox' || field.type === 'radio') {
                    field.checked = value !== null && field.value === value;
                } else if (value !== null) {
                    field.value = value;
                }
            }
        }

        form.dataset.restored = 'on';
    };
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', restore);
    } else {
        restore();
    }

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

        keep(form);
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
