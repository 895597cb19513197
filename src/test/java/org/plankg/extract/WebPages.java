package org.plankg.extract;

import java.nio.charset.Charset;
import java.util.List;

import org.jsoup.nodes.Entities;

/**
 * A plan saved as a government site's page: the body inside site navigation, a breadcrumb trail,
 * an 索引号/发布机构/发布日期 table, font-size and print tools, share links, related links (to
 * other plans) and a footer, all of which must not be read as the plan.
 */
public final class WebPages {

    private WebPages() {
    }

    public static byte[] page(List<PublishedForms.Part> parts, String charset, String declared) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
                .append(declared).append("\">\n<title>关于印发《某区全民科学素质行动规划纲要实施方案》的通知_政务公开</title></head>\n<body>\n")
                .append("<div class=\"header\"><div class=\"logo\">某区人民政府</div>\n<ul class=\"nav\"><li><a href=\"/\">首页</a></li>"
                        + "<li><a href=\"/zw\">政务公开</a></li><li><a href=\"/fw\">政务服务</a></li><li><a href=\"/hd\">互动交流</a></li></ul></div>\n")
                .append("<div class=\"bread\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zw\">政务公开</a> &gt; <a href=\"/zc\">政策文件</a></div>\n")
                .append("<table class=\"xxgk\"><tr><td>索引号：</td><td>000014348/2022-00231</td><td>主题分类：</td><td>科技、教育</td></tr>\n"
                        + "<tr><td>发布机构：</td><td>某区人民政府办公室</td><td>发布日期：</td><td>2022-06-01</td></tr>\n"
                        + "<tr><td>文号：</td><td>某政办〔2022〕1号</td><td>有效性：</td><td>有效</td></tr></table>\n")
                .append("<div class=\"article\"><div class=\"tools\">【字号：大 中 小】 【打印本页】 【关闭窗口】</div>\n<div id=\"zoom\">\n");
        for (PublishedForms.Part part : parts) {
            if (part instanceof PublishedForms.Heading h) {
                html.append("<h2>").append(escape(h.text())).append("</h2>\n");
            } else if (part instanceof PublishedForms.Para p) {
                html.append("<p style=\"text-indent:2em\">").append(escape(p.text())).append("</p>\n");
            } else if (part instanceof PublishedForms.Grid g) {
                table(html, g);
            }
        }
        html.append("</div>\n<div class=\"share\">分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a></div></div>\n")
                .append("<div class=\"box\"><h3>相关链接</h3><ul>"
                        + "<li><a href=\"/a\">关于印发《某区全民科学素质行动规划纲要实施方案（2016—2020年）》的通知</a></li>"
                        + "<li><a href=\"/b\">某区人民政府办公室关于印发某区科普工作要点的通知</a></li></ul></div>\n")
                .append("<div class=\"footer\"><p>主办单位：某区人民政府办公室 版权所有</p><p>京ICP备05012345号 网站标识码：1100000000</p></div>\n")
                .append("</body></html>\n");
        return html.toString().getBytes(Charset.forName(charset));
    }

    private static void table(StringBuilder html, PublishedForms.Grid grid) {
        html.append("<table border=\"1\"><tr>");
        grid.header().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : grid.rows()) {
            html.append("<tr>");
            if (row.size() == 1) {
                html.append("<td colspan=\"").append(grid.header().size()).append("\">").append(escape(row.get(0))).append("</td>");
            } else {
                row.forEach(c -> html.append("<td><p>").append(escape(c)).append("</p></td>"));
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
