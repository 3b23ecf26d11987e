// The signature pad of the ticket page (R-TKT-9): the customer draws with a finger on the engineer's phone; the form
// posts the drawing as a PNG file, like any other upload of the page.
(() => {
    const form = document.getElementById('signature-form');
    if (!form) {
        return;
    }

    const pad = document.getElementById('signature-pad');
    const ink = pad.getContext('2d');
    ink.lineWidth = 3;
    ink.lineCap = 'round';
    ink.strokeStyle = '#000';
    let drawing = false;
    let drawn = false;
    const at = e => {
        const r = pad.getBoundingClientRect();
        return [(e.clientX - r.left) * pad.width / r.width, (e.clientY - r.top) * pad.height / r.height];
    };
    pad.addEventListener('pointerdown', e => { drawing = true; pad.setPointerCapture(e.pointerId); ink.beginPath(); ink.moveTo(...at(e)); });
    pad.addEventListener('pointermove', e => { if (drawing) { ink.lineTo(...at(e)); ink.stroke(); drawn = true; } });
    pad.addEventListener('pointerup', () => { drawing = false; });
    document.getElementById('signature-clear').addEventListener('click', () => { ink.clearRect(0, 0, pad.width, pad.height); drawn = false; });
    form.addEventListener('submit', e => {
        e.preventDefault();
        if (!drawn || form.dataset.sending === 'on') {
            return;
        }

        // Sent once (forms.js for the other forms); the form's key answers a second send with the first drawing.
        form.dataset.sending = 'on';
        document.getElementById('signature-save').disabled = true;

        pad.toBlob(png => {
            const files = new DataTransfer();
            files.items.add(new File([png], 'signature.png', { type: 'image/png' }));
            document.getElementById('signature-file').files = files.files;
            form.submit();
        }, 'image/png');
    });
})();
