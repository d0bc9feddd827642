/// The elements whose meaning the article reader needs; every other element is `.other` (an inline wrapper
/// such as `span`, `b` or `font`, read for its text).
enum HTMLTag: UInt8, Sendable {
    case text, other
    case html, head, body, title, meta, link, base
    case script, style, noscript, template, iframe, svg, math, canvas, object, embed, video, audio, picture,
         img, map, form, button, input, select, option, textarea, label
    case nav, header, footer, aside, menu, dialog, figure, figcaption
    case main, article, section, div, p, h1, h2, h3, h4, h5, h6, ul, ol, li, dl, dt, dd, blockquote, pre,
         table, thead, tbody, tfoot, tr, td, th, caption, br, hr, a, time, address, center, details, summary

    init(name: String) {
        self = Self.byName[name] ?? .other
    }

    private static let byName: [String: HTMLTag] = {
        let all: [HTMLTag] = [
            .html, .head, .body, .title, .meta, .link, .base, .script, .style, .noscript, .template, .iframe, .svg,
            .math, .canvas, .object, .embed, .video, .audio, .picture, .img, .map, .form, .button, .input, .select,
            .option, .textarea, .label, .nav, .header, .footer, .aside, .menu, .dialog, .figure, .figcaption, .main,
            .article, .section, .div, .p, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .blockquote,
            .pre, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .br, .hr, .a, .time, .address, .center,
            .details, .summary,
        ]
        var map: [String: HTMLTag] = [:]
        for tag in all { map[String(describing: tag)] = tag }
        return map
    }()

    /// Never shown as text: their content is code, media, form controls or a template.
    var isInvisible: Bool {
        switch self {
        case .script, .style, .noscript, .template, .iframe, .svg, .math, .canvas, .object, .embed, .video,
             .audio, .picture, .img, .map, .select, .option, .textarea, .input, .button:
            return true
        default:
            return false
        }
    }

    /// Page furniture by its very element: navigation, the site's header and footer, sidebars, forms, menus.
    var isFurniture: Bool {
        switch self {
        case .nav, .header, .footer, .aside, .menu, .dialog, .form, .figure, .label: return true
        default: return false
        }
    }

    /// Starts a new block of text (a paragraph break around it).
    var isBlock: Bool {
        switch self {
        case .html, .body, .main, .article, .section, .div, .p, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl,
             .dt, .dd, .blockquote, .pre, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .hr, .address,
             .center, .details, .summary, .nav, .header, .footer, .aside, .menu, .dialog, .figure, .figcaption,
             .form, .title:
            return true
        default:
            return false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }

    /// Blocks that are a paragraph of text rather than a container of paragraphs.
    var isParagraphLike: Bool {
        switch self {
        case .p, .h1, .h2, .h3, .h4, .h5, .h6, .li, .dt, .dd, .pre, .blockquote, .figcaption, .td, .th, .caption,
             .address, .summary:
            return true
        default:
            return false
        }
    }
}
