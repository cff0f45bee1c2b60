// The phone page's stylesheet, served as /app.css from the room's process (no CDN, no web fonts).
// Sized for a 360 px wide phone first; option colours follow the quiz games people know, each
// with its letter so colour is never the only cue.
export const pageCss = `
:root { color-scheme: light dark; --bg: #f6f5f2; --fg: #16161a; --muted: #5d5d66; --card: #fff; --line: #d8d6d0; --accent: #2457d6; --good: #1b7f3b; --bad: #b3261e; --mark: #ffe27a; }
@media (prefers-color-scheme: dark) { :root { --bg: #121216; --fg: #f1f0ec; --muted: #a4a3ab; --card: #1d1d23; --line: #34343c; --accent: #7ea2ff; --good: #4cc27a; --bad: #ff7b72; --mark: #6b5600; } }
* { box-sizing: border-box; }
html, body { margin: 0; background: var(--bg); color: var(--fg); font: 18px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; -webkit-text-size-adjust: 100%; }
main { max-width: 36rem; margin: 0 auto; padding: 1rem 1rem 4rem; min-height: 100vh; }
h1 { font-size: 1.5rem; line-height: 1.2; margin: .5rem 0 1rem; }
h2 { font-size: 1.2rem; line-height: 1.3; margin: 1rem 0 .5rem; }
p { margin: .5rem 0; }
.muted { color: var(--muted); }
.small { font-size: .85rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 1rem; margin: .75rem 0; }
label { display: block; font-weight: 600; margin: .75rem 0 .25rem; }
input { width: 100%; font: inherit; font-size: 1.25rem; padding: .7rem .8rem; border: 2px solid var(--line); border-radius: 10px; background: var(--card); color: var(--fg); }
input[name=code] { letter-spacing: .3em; font-variant-numeric: tabular-nums; }
button { font: inherit; cursor: pointer; border: 0; border-radius: 12px; }
.primary { width: 100%; margin-top: 1.25rem; padding: .9rem; font-size: 1.2rem; font-weight: 700; background: var(--accent); color: #fff; }
.error { color: var(--bad); font-weight: 600; }
#status { position: fixed; left: 0; right: 0; bottom: 0; padding: .5rem 1rem; text-align: center; font-size: .9rem; background: #7a5a00; color: #fff; }
#status[hidden] { display: none; }
.bar { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; color: var(--muted); font-size: .9rem; }
.countdown { font-size: 2.25rem; font-weight: 800; font-variant-numeric: tabular-nums; color: var(--fg); }
.options { display: grid; gap: .75rem; margin-top: 1rem; }
.option { display: flex; align-items: center; gap: .75rem; width: 100%; min-height: 4.5rem; padding: .75rem 1rem; text-align: left; font-size: 1.1rem; font-weight: 600; color: #fff; }
.option .letter { flex: none; display: inline-grid; place-items: center; width: 2.2rem; height: 2.2rem; border-radius: 50%; background: rgba(0,0,0,.25); font-weight: 800; }
.o0 { background: #c0392b; } .o1 { background: #1f5fbf; } .o2 { background: #b7791f; } .o3 { background: #2e8540; } .o4 { background: #6b3fa0; } .o5 { background: #4a5568; }
.option:active { transform: scale(.98); }
.verdict { font-size: 2rem; font-weight: 800; margin: .5rem 0; }
.verdict.right { color: var(--good); } .verdict.wrong { color: var(--bad); }
.points { font-size: 1.25rem; font-weight: 700; }
ol.answers { list-style: none; padding: 0; margin: .5rem 0; }
ol.answers li { display: flex; gap: .5rem; align-items: baseline; padding: .5rem .6rem; border-radius: 8px; border: 1px solid var(--line); margin: .35rem 0; }
ol.answers li.correct { border: 2px solid var(--good); font-weight: 700; }
ol.answers li.chosen:not(.correct) { border: 2px dashed var(--bad); }
ol.answers .count { margin-left: auto; color: var(--muted); font-variant-numeric: tabular-nums; }
.evidence { border-left: 4px solid var(--accent); padding-left: .75rem; }
.evidence .place { font-size: .85rem; color: var(--muted); }
mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: 3px; }
ol.board { padding-left: 0; list-style: none; }
ol.board li { display: flex; justify-content: space-between; gap: 1rem; padding: .5rem .25rem; border-bottom: 1px solid var(--line); }
ol.board .who { overflow-wrap: anywhere; }
.podium { display: grid; grid-template-columns: 1fr 1fr 1fr; align-items: end; gap: .5rem; text-align: center; margin: 1rem 0; }
.podium > div { background: var(--card); border: 1px solid var(--line); border-radius: 10px 10px 0 0; padding: .5rem .25rem; overflow-wrap: anywhere; }
.podium > .p1 { min-height: 9rem; order: 2; } .podium .p2 { min-height: 7rem; order: 1; } .podium .p3 { min-height: 5.5rem; order: 3; }
.podium strong { display: block; font-size: 1.5rem; }
.follow { white-space: pre-wrap; }
`;
