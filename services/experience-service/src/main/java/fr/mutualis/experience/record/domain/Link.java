package fr.mutualis.experience.record.domain;

/** A page about the project: its site, a press article, a deliberation. */
public record Link(String title, String url) {

    public Link {
        title = Texts.required(title, "links.title", 200);
        url = Texts.required(Texts.webAddress(url, "links.url"), "links.url", 2000);
    }
}
