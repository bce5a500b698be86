namespace Corridor.Web;

/// <summary>The application's one stylesheet, served at /app.css (kept in code so the single executable needs no web root).</summary>
public static class Stylesheet
{
    public const string Css = """
        :root { --ink:#1d2733; --muted:#5b6b7c; --line:#d9e0e7; --bg:#f6f8fa; --accent:#0b5cad; --ok:#1b7f3b; --bad:#b42318; --warn:#b54708; }
        * { box-sizing: border-box; }
        body { margin:0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:var(--bg); }
        a { color:var(--accent); text-decoration:none; } a:hover { text-decoration:underline; } main p a, main li a, main .notice a { text-decoration:underline; }
        .shell { display:grid; grid-template-columns: 230px 1fr; min-height:100vh; }
        nav.side { background:#14202d; color:#cfd8e3; padding:16px 0; }
        nav.side .brand { font-weight:700; font-size:18px; color:#fff; padding:0 20px 12px; display:block; }
        nav.side .org { font-size:12px; color:#9fb0c3; padding:0 20px 16px; }
        nav.side a { display:block; padding:7px 20px; color:#cfd8e3; }
        nav.side a.active, nav.side a:hover { background:#22334a; color:#fff; text-decoration:none; }
        nav.side .group { font-size:11px; text-transform:uppercase; letter-spacing:.06em; color:#7f93aa; padding:14px 20px 4px; }
        nav.side .soon { font-size:11px; color:#7f93aa; margin-left:6px; }
        main { padding:24px 32px; max-width:1200px; }
        h1 { font-size:24px; margin:0 0 16px; } h2 { font-size:18px; margin:24px 0 10px; }
        table.grid { border-collapse:collapse; width:100%; background:#fff; border:1px solid var(--line); }
        table.grid th, table.grid td { text-align:left; padding:7px 10px; border-bottom:1px solid var(--line); vertical-align:top; }
        table.grid th { background:#eef2f6; font-weight:600; font-size:13px; }
        td.num, th.num { text-align:right; font-variant-numeric: tabular-nums; }
        .card { background:#fff; border:1px solid var(--line); border-radius:6px; padding:16px 20px; margin-bottom:16px; }
        .cards { display:grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap:12px; }
        .muted { color:var(--muted); } .small { font-size:12px; }
        .badge { display:inline-block; padding:1px 8px; border-radius:10px; font-size:12px; background:#eef2f6; }
        .badge.ok { background:#dcfae6; color:var(--ok); } .badge.bad { background:#fee4e2; color:var(--bad); } .badge.warn { background:#fef0c7; color:var(--warn); }
        form.inline { display:flex; flex-wrap:wrap; gap:8px; align-items:center; margin-bottom:14px; }
        .split { display:grid; grid-template-columns: minmax(320px, 1fr) minmax(360px, 1.3fr); gap:16px; align-items:start; }
        input, select, button { font:inherit; padding:6px 10px; border:1px solid var(--line); border-radius:4px; }
        button, .button { background:var(--accent); color:#fff; border:none; cursor:pointer; padding:7px 14px; border-radius:4px; }
        .signin { max-width:380px; margin:80px auto; }
        .signin label { display:block; margin:10px 0 4px; } .signin input { width:100%; }
        .error { color:var(--bad); } .notice { background:#fef0c7; border:1px solid #fedf89; padding:10px 14px; border-radius:4px; }
        dl.facts { display:grid; grid-template-columns: 200px 1fr; gap:6px 16px; } dl.facts dt { color:var(--muted); }
        nav.subnav { margin:-8px 0 16px; } form.filters { display:flex; flex-wrap:wrap; gap:8px 14px; align-items:flex-end; margin-bottom:14px; }
        form.filters label { display:flex; flex-direction:column; font-size:12px; color:var(--muted); }
        code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 13px; }
        .sr-only { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap; }
        .skip { position:absolute; left:-9999px; top:0; background:#fff; color:var(--accent); padding:8px 14px; z-index:10; } .skip:focus { left:8px; top:8px; }
        nav.side button.link { background:none; color:#cfd8e3; padding:7px 20px; border:none; width:100%; text-align:left; } nav.side form { margin:0; }
        .card.warn { border-color:#fedf89; background:#fffaeb; } .card.bad { border-color:#fda29b; background:#fef3f2; }
        button.secondary { background:#fff; color:var(--accent); border:1px solid var(--accent); } button.danger { background:var(--bad); }
        .actions { display:flex; flex-wrap:wrap; gap:10px; align-items:flex-end; } .actions form { margin:0; }
        .field-error { color:var(--bad); font-size:12px; display:block; }
        .table-wrap { overflow-x:auto; max-width:100%; }
        nav.pager { display:flex; flex-wrap:wrap; gap:6px 14px; align-items:center; margin:8px 0 16px; } nav.pager a.csv { margin-left:auto; }
        th a { color:inherit; } th[aria-sort] a { color:var(--accent); }
        .form-grid { display:grid; grid-template-columns:minmax(12em, max-content) minmax(0, 30em); gap:6px 12px; align-items:center; margin-bottom:12px; } .form-grid textarea { font:inherit; }
        main { min-width:0; overflow-wrap:anywhere; }
        @media (max-width: 760px) {
          .shell { grid-template-columns: 1fr; } nav.side { padding:8px 0; } nav.side a, nav.side .group { display:inline-block; padding:6px 10px; }
          main { padding:16px 12px; } .split { grid-template-columns: minmax(0, 1fr); } dl.facts { grid-template-columns: 1fr; } table.grid { display:block; overflow-x:auto; }
          .form-grid { grid-template-columns:minmax(0, 1fr); } fieldset { min-width:0; }
          main select, main input, main textarea { max-width:100%; } main svg { max-width:100%; height:auto; } main code { overflow-wrap:anywhere; word-break:break-all; }
        }
        """;

    /// <summary>The favicon: the brand's dark square with a white arrow along a corridor.</summary>
    public const string Favicon = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#14202d"/><path d="M6 20h16v-5l6 7-6 7v-5H6z" fill="#fff"/><path d="M6 8h20v4H6z" fill="#0b5cad"/></svg>
        """;
}
