// 200 parallel bogus sign-ins (each its own session and, with SPOOF=1, its own client address via X-Forwarded-For
// from the trusted local proxy address), while a real user signs in repeatedly; prints the real sign-in latency.
const BASE = process.env.BASE || 'http://localhost:8186';
const PARALLEL = +(process.env.PARALLEL || 200);
const SECONDS = +(process.env.SECONDS || 20);
const SPOOF = process.env.SPOOF === '1';
async function page(headers = {}) {
  const r = await fetch(BASE + '/login', { headers, redirect: 'manual' });
  const html = await r.text();
  const cookie = (r.headers.get('set-cookie') || '').split(';')[0];
  const token = (html.match(/<meta name="_csrf" content="([^"]+)"/) || [])[1];
  return { cookie, token };
}
async function signIn(email, password, extraHeaders = {}, device) {
  const { cookie, token } = await page(extraHeaders);
  const body = new URLSearchParams({ username: email, password, _csrf: token });
  const t0 = performance.now();
  const r = await fetch(BASE + '/login', { method: 'POST', body, redirect: 'manual',
    headers: { ...extraHeaders, 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie + (device ? '; ' + device : '') } });
  const ms = performance.now() - t0;
  const setCookies = r.headers.getSetCookie ? r.headers.getSetCookie() : [];
  const deviceCookie = setCookies.map(c => c.split(';')[0]).find(c => c.startsWith('onderstroom-device='));
  return { ms, location: r.headers.get('location'), deviceCookie };
}
(async () => {
  const email = 'adviseur@demo.test', pw = 'tegenstroom-2026';
  const first = await signIn(email, pw, { 'X-Forwarded-For': '192.168.99.' + Math.floor(Math.random() * 250) });
  const device = first.deviceCookie;
  console.log('first sign-in', Math.round(first.ms), 'ms ->', first.location, device ? 'device cookie' : 'NO device cookie');
  const quiet = [];
  for (let i = 0; i < 5; i++) quiet.push((await signIn(email, pw, {}, device)).ms);
  console.log('quiet, with device cookie: median', Math.round(quiet.sort((a, b) => a - b)[2]), 'ms');
  let stop = false, bogus = 0; const outcomes = {};
  const workers = [];
  for (let w = 0; w < PARALLEL; w++) {
    workers.push((async () => {
      let n = 0;
      while (!stop) {
        const headers = SPOOF ? { 'X-Forwarded-For': `10.${w % 250}.${(n >> 8) & 255}.${n & 255}` } : {};
        try {
          const r = await signIn(`bogus${w}-${n}@example.org`, 'wrong password ' + n, headers);
          const k = (r.location || '').replace(/=\d+/, '=N'); outcomes[k] = (outcomes[k] || 0) + 1; bogus++;
        } catch (e) { outcomes.error = (outcomes.error || 0) + 1; }
        n++;
      }
    })());
  }
  await new Promise(r => setTimeout(r, 3000));
  const withDevice = [], withoutDevice = [], withoutOutcomes = {};
  const end = Date.now() + SECONDS * 1000;
  while (Date.now() < end) {
    const a = await signIn(email, pw, {}, device); withDevice.push(a.ms + (a.location && a.location.includes('/login') ? 1e9 : 0));
    const b = await signIn(email, pw, { 'X-Forwarded-For': '192.168.77.' + (withoutDevice.length % 250) });
    withoutDevice.push(b.ms); const k = (b.location || '').replace(/=\d+/, '=N'); withoutOutcomes[k] = (withoutOutcomes[k] || 0) + 1;
  }
  stop = true; await Promise.all(workers);
  const med = a => { const s = [...a].sort((x, y) => x - y); return Math.round(s[Math.floor(s.length / 2)]); };
  const max = a => Math.round(Math.max(...a));
  console.log(`flood: ${PARALLEL} parallel bogus sign-ins, spoofed addresses: ${SPOOF}; ${bogus} bogus attempts in ${SECONDS + 3} s`, JSON.stringify(outcomes));
  console.log('owner with device cookie: n', withDevice.length, 'median', med(withDevice), 'ms, max', max(withDevice), 'ms', withDevice.some(x => x >= 1e9) ? 'SOME REFUSED' : 'all signed in');
  console.log('owner without device cookie (new browser): n', withoutDevice.length, 'median', med(withoutDevice), 'ms, max', max(withoutDevice), 'ms', JSON.stringify(withoutOutcomes));
})();
