/// The small scripts of the page (written for this project; Leaflet does the map itself).
enum PageScript {
    /// Runs before everything else, so an error in Leaflet or in `app` is caught too: errors are written
    /// into `#sahel-errors` (and counted in its `data-count`), where a reader and the headless test see them.
    static let errorHook = """
        (function () {
          'use strict';
          var count = 0;
          function record(message) {
            var box = document.getElementById('sahel-errors');
            count += 1;
            if (!box) { return; }
            box.hidden = false;
            box.dataset.count = String(count);
            box.appendChild(document.createTextNode('Script error: ' + message + '\\n'));
          }
          window.addEventListener('error', function (event) {
            record((event.message || 'error') + (event.filename ? ' (' + event.lineno + ':' + event.colno + ')' : ''));
          });
          window.addEventListener('unhandledrejection', function (event) { record(String(event.reason)); });
        })();
        """

    /// Draws the outlines, the rings with their labels, the capital and the incidents; wires the popups and
    /// the date filter. It writes what it really put on the map into `<body data-markers data-visible>`.
    static let app = """
        (function () {
          'use strict';
          var data = JSON.parse(document.getElementById('sahel-data').textContent);
          var body = document.body;

          function element(tag, className, text) {
            var node = document.createElement(tag);
            if (className) { node.className = className; }
            if (text !== undefined && text !== null) { node.textContent = String(text); }
            return node;
          }
          // A label as a DOM node: its text is never parsed as HTML.
          function labelIcon(className, text) {
            var span = element('span', null, text);
            return L.divIcon({ className: className, html: span, iconSize: null });
          }

          // Many markers: every vector goes to one canvas (thousands of SVG nodes make panning slow, and a second
          // renderer stacked over the SVG one was left blank in Chromium); few: SVG paths with a class.
          var canvas = data.renderer === 'canvas';
          // No tile layer sets a zoom range, and clustering needs one.
          var map = L.map('map', { zoomSnap: 0.25, attributionControl: false, preferCanvas: canvas, minZoom: 2, maxZoom: 18 });
          map.fitBounds(data.bounds);
          L.control.scale({ imperial: false }).addTo(map);

          // Outlines: focus countries get a pale fill under everything, then each outline draws its line.
          var quiet = { interactive: false };
          data.outlines.forEach(function (o) {
            if (o.kind === 'focusCountry') {
              L.polygon(o.polygons, L.extend({ stroke: false, fillColor: '#fffdf5', fillOpacity: 1 }, quiet)).addTo(map);
            }
          });
          var outlineStyle = {
            neighbour: { color: '#a3a3a3', weight: 1, fillColor: '#ecebe5', fillOpacity: 1 },
            admin1: { color: '#bdb6a6', weight: 0.8, fill: false, dashArray: '3 3' },
            focusCountry: { color: '#555555', weight: 1.6, fill: false }
          };
          data.outlines.forEach(function (o) {
            L.polygon(o.polygons, L.extend({ className: 'sahel-outline' }, outlineStyle[o.kind], quiet)).addTo(map);
          });

          // Every name on the map goes through one list, in priority order; placeLabels shows each unless it
          // would overlap one shown before it, or the map is zoomed out beyond the label's level.
          var labels = [];
          var startZoom = map.getZoom();
          map.createPane('sahel-labels').style.zIndex = 650;
          function addLabel(at, className, text, priority, minZoom) {
            labels.push({ priority: priority, order: labels.length, minZoom: minZoom, text: text,
              marker: L.marker(at, { icon: labelIcon(className, text), interactive: false, keyboard: false, pane: 'sahel-labels' }) });
          }
          function placeLabels() {
            var zoom = map.getZoom();
            var placed = [];
            labels.forEach(function (label) {
              var wanted = zoom >= label.minZoom;
              if (wanted !== map.hasLayer(label.marker)) {
                if (wanted) { label.marker.addTo(map); } else { map.removeLayer(label.marker); }
              }
              if (!wanted) { return; }
              var icon = label.marker.getElement();
              icon.classList.remove('sahel-label-hidden');
              var r = icon.firstChild.getBoundingClientRect();
              var clash = placed.some(function (p) {
                return r.left < p.right && r.right > p.left && r.top < p.bottom && r.bottom > p.top;
              });
              if (clash) { icon.classList.add('sahel-label-hidden'); } else { placed.push(r); }
            });
            // What is shown, as the page lays it out: the names and boxes the headless test checks.
            body.dataset.labels = JSON.stringify(labels.filter(function (label) {
              return map.hasLayer(label.marker) && !label.marker.getElement().classList.contains('sahel-label-hidden');
            }).map(function (label) {
              var r = label.marker.getElement().firstChild.getBoundingClientRect();
              return [label.text, Math.round(r.left * 10) / 10, Math.round(r.top * 10) / 10,
                Math.round(r.right * 10) / 10, Math.round(r.bottom * 10) / 10];
            }));
          }

          data.rings.forEach(function (ring) {
            L.polyline(ring.points, L.extend({ color: '#333', weight: 1, dashArray: '5 4', className: 'sahel-ring' }, quiet)).addTo(map);
            if (ring.labelAt) { addLabel(ring.labelAt, 'sahel-ring-label', ring.label, 3, 0); }
          });
          // Major names (admin-1 seats) from the opening zoom on, minor ones (admin-2 seats) one level closer.
          data.labels.forEach(function (label) {
            addLabel(label.at, 'sahel-place-label sahel-rank-' + label.rank, label.name, label.rank === 1 ? 2 : 5,
              label.rank === 2 ? startZoom + 1 : 0);
          });
          // The user's routes as lines and sites as squares, each with its name.
          data.routes.forEach(function (route) {
            L.polyline(route.parts, L.extend({ color: '#6a3d9a', weight: 3, opacity: 0.85, className: 'sahel-route' }, quiet)).addTo(map);
            if (route.labelAt) { addLabel(route.labelAt, 'sahel-route-label', route.name, 4, 0); }
          });
          // Sites are hollow squares above the vector layers: an incident at a site still shows through.
          map.createPane('sahel-sites').style.zIndex = 450;
          map.getPane('sahel-sites').style.pointerEvents = 'none';
          data.sites.forEach(function (site) {
            L.marker(site.at, { icon: L.divIcon({ className: 'sahel-site', iconSize: [12, 12] }), interactive: false,
              keyboard: false, pane: 'sahel-sites' }).addTo(map);
            addLabel(site.at, 'sahel-site-label', site.name, 1, 0);
          });
          body.dataset.sites = String(data.sites.length);
          body.dataset.routes = String(data.routes.length);

          L.circleMarker(data.capital.at, { radius: 5, color: '#000', weight: 2, fillColor: '#fff', fillOpacity: 1,
            className: 'sahel-capital', interactive: false }).addTo(map);
          addLabel(data.capital.at, 'sahel-capital-label', data.capital.name, 0, 0);
          labels.sort(function (a, b) { return a.priority - b.priority || a.order - b.order; });
          placeLabels();
          map.on('zoomend', placeLabels);
          // The focus countries' outlines as Leaflet holds them, [south, west, north, east]: the headless test
          // compares them with the gazetteer's, to see that nothing was cut.
          var focusBounds = {};
          data.outlines.forEach(function (o) {
            if (o.kind !== 'focusCountry') { return; }
            var b = L.polygon(o.polygons).getBounds();
            focusBounds[o.name] = [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()];
          });
          body.dataset.outlineBounds = JSON.stringify(focusBounds);

          // Incidents: biggest circles first, so small ones stay clickable on top.
          var rows = data.incidents;
          var order = rows.map(function (_, i) { return i; });
          order.sort(function (a, b) { return rows[b][3] - rows[a][3] || a - b; });
          // Many incidents: clustered (Leaflet.markercluster), so the map stays readable and quick to pan.
          var group = data.cluster ? L.markerClusterGroup({ maxClusterRadius: 50 }) : L.featureGroup();
          var markers = new Array(rows.length);
          var ordered = [];
          order.forEach(function (i) {
            var r = rows[i];
            var type = data.types[r[2]] || data.types[data.types.length - 1];
            var marker = L.circleMarker([r[0], r[1]], {
              radius: r[3], color: '#202020', weight: 0.8, opacity: 0.9,
              fillColor: type.color, fillOpacity: 0.72, className: 'sahel-incident', row: i
            });
            markers[i] = marker;
            ordered.push(marker);
          });
          if (data.cluster) { group.addLayers(ordered); } else { ordered.forEach(function (m) { group.addLayer(m); }); }
          group.addTo(map);

          function popup(r) {
            var box = element('div', 'sahel-popup');
            var type = data.types[r[2]] || data.types[data.types.length - 1];
            box.appendChild(element('h3', null, type.name + (r[7] ? ' \\u2014 ' + r[7] : '')));
            var list = element('dl');
            function row(term, value) {
              list.appendChild(element('dt', null, term));
              list.appendChild(element('dd', null, value === null || value === undefined || value === '' ? 'not reported' : value));
            }
            row('Date', r[6]);
            row('Killed', r[4]);
            row('Injured', r[5]);
            row('Actors', r[8]);
            row('Place', r[9] ? r[9] + (r[10] ? ' (' + r[10] + ')' : '') : null);
            row('From ' + data.capital.name, r[11] === null ? null : r[11].toFixed(1) + ' km');
            box.appendChild(list);
            if (r[12]) { box.appendChild(element('blockquote', null, r[12])); }
            box.appendChild(element('div', 'sahel-note', r[13]));
            return box;
          }
          group.on('click', function (event) {
            var r = rows[event.layer.options.row];
            L.popup({ maxWidth: 360 }).setLatLng(event.layer.getLatLng()).setContent(popup(r)).openOn(map);
          });

          var from = document.getElementById('sahel-from');
          var to = document.getElementById('sahel-to');
          var shown = document.getElementById('sahel-shown');
          // Counts what is on the map, as Leaflet holds it: the figure the tests read. Clustered, a marker is
          // shown when it is in the group (on the map, or inside a cluster's count).
          function countDrawn() {
            var drawn = 0;
            markers.forEach(function (m) { if (data.cluster ? group.hasLayer(m) : map.hasLayer(m)) { drawn += 1; } });
            return drawn;
          }
          function applyDates() {
            var low = from.value || '';
            var high = to.value || '\\uffff';
            markers.forEach(function (m, i) {
              var date = rows[i][6];
              var inside = date === null || (date >= low && date <= high);
              if (inside !== group.hasLayer(m)) {
                if (inside) { group.addLayer(m); } else { group.removeLayer(m); }
              }
            });
            var visible = countDrawn();
            body.dataset.visible = String(visible);
            shown.textContent = 'Showing ' + visible + ' of ' + rows.length + ' located incidents.';
          }
          from.addEventListener('change', applyDates);
          to.addEventListener('change', applyDates);
          document.getElementById('sahel-reset').addEventListener('click', function () {
            from.value = from.defaultValue;
            to.value = to.defaultValue;
            applyDates();
          });
          // A link can carry a range: map.html#from=2024-01-01&to=2024-03-31 (shareable, and testable headless).
          location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
            var parts = pair.split('=');
            var value = decodeURIComponent(parts[1] || '');
            if (!/^\\d{4}-\\d{2}-\\d{2}$/.test(value)) { return; }
            if (parts[0] === 'from') { from.value = value; }
            if (parts[0] === 'to') { to.value = value; }
          });
          body.dataset.markers = String(countDrawn());
          applyDates();
          body.dataset.renderer = data.renderer;
          body.dataset.cluster = data.cluster ? 'yes' : 'no';
          body.dataset.ready = 'yes';
        })();
        """
}
