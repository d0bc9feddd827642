/// The page's own style sheet: the map fills the window left of a side panel (title, summary, date filter,
/// legend). No web fonts or images: the page must work offline from one file.
enum PageStyle {
    static let css = """
        html, body { height: 100%; margin: 0; }
        body { display: flex; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; }
        #map { flex: 1; background: #dde5e8; }
        #sahel-panel { width: 300px; padding: 12px 16px; overflow-y: auto; border-left: 1px solid #bbb; background: #fafaf7; }
        #sahel-panel h1 { font-size: 17px; margin: 0 0 6px; }
        #sahel-panel h2 { font-size: 14px; margin: 14px 0 6px; }
        #sahel-panel p { margin: 4px 0; }
        #sahel-dates label { display: block; margin: 4px 0; }
        #sahel-dates input { font: inherit; margin-left: 6px; }
        .sahel-legend { list-style: none; padding: 0; margin: 0; }
        .sahel-legend li { display: flex; align-items: center; gap: 8px; margin: 3px 0; }
        .sahel-swatch { width: 13px; height: 13px; border-radius: 50%; border: 1px solid #333; flex: none; }
        .sahel-count { color: #666; margin-left: auto; }
        .sahel-note { color: #555; font-size: 12px; }
        #sahel-errors { color: #a00; white-space: pre-wrap; }
        .sahel-ring-label span, .sahel-capital-label span {
          display: inline-block; transform: translate(-50%, -120%); white-space: nowrap;
          font-size: 11px; color: #333; background: rgba(255,255,255,.75); padding: 0 3px; border-radius: 2px; }
        .sahel-capital-label span { font-weight: 600; transform: translate(8px, -50%); }
        .sahel-label-hidden { visibility: hidden; }
        .sahel-place-label span {
          display: inline-block; white-space: nowrap; transform: translate(-50%, -50%); font-size: 11px; color: #333;
          text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff; }
        .sahel-rank-1 span { font-size: 12px; font-weight: 600; }
        .sahel-rank-2 span { color: #555; }
        .sahel-site { box-sizing: border-box; border: 2.5px solid #6a3d9a; box-shadow: 0 0 0 1px #fff; }
        .sahel-site-label span, .sahel-route-label span {
          display: inline-block; white-space: nowrap; font-size: 11px; color: #4a2a6a;
          background: rgba(255,255,255,.8); padding: 0 3px; border-radius: 2px; transform: translate(8px, -50%); }
        .sahel-route-label span { font-style: italic; transform: translate(-50%, -130%); }
        #sahel-unlocated { padding-left: 18px; margin: 4px 0; }
        #sahel-unlocated li { margin: 0 0 6px; }
        #sahel-unlocated q { display: block; color: #444; font-size: 12px; font-style: italic; }
        .sahel-popup dt { font-weight: 600; float: left; clear: left; margin-right: 6px; }
        .sahel-popup dd { margin: 0 0 2px; }
        .sahel-popup h3 { font-size: 14px; margin: 0 0 4px; }
        .sahel-popup blockquote { margin: 6px 0 0; padding-left: 8px; border-left: 3px solid #ccc; color: #333; font-style: italic; }
        @media print { #sahel-panel { width: 240px; } }
        """
}
