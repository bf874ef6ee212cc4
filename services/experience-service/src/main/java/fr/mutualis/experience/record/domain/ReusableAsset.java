package fr.mutualis.experience.record.domain;

/**
 * Something another collectivité can take again: software, a specification, a public contract…
 *
 * @param url     where to find it, optional
 * @param licence e.g. {@code AGPL-3.0}, optional
 */
public record ReusableAsset(AssetKind kind, String title, String url, String licence) {

    public ReusableAsset {
        if (kind == null) {
            throw new ExperienceRecordRuleException("reusableAssets.kind", "The kind of an asset is required");
        }
        title = Texts.required(title, "reusableAssets.title", 200);
        url = Texts.webAddress(url, "reusableAssets.url");
        licence = Texts.optional(licence, "reusableAssets.licence", 100);
    }
}
