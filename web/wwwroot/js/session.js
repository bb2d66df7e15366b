// Renews the session cookie while the user works in the circuit (see SessionIdle.cs). A same-origin
// request with the SameSite=Strict cookie; it changes nothing but the cookie's expiry.
export async function renew() {
    const response = await fetch('/sessie', { method: 'POST', credentials: 'same-origin' });
    return response.ok;
}
