/** The four regions of the 2024 pilot, with their ids as used in URLs and the API. */
export declare const pilotRegions: readonly [{
    readonly id: "nijmegen";
    readonly name: "RAP Nijmegen";
}, {
    readonly id: "midden-brabant";
    readonly name: "RAP Midden-Brabant";
}, {
    readonly id: "brabant-oost";
    readonly name: "Onderwijsregio Brabant Oost";
}, {
    readonly id: "kennemerland-amsterdam";
    readonly name: "Onderwijsregio Kennemerland & Groot-Amsterdam";
}];
export type PilotRegionId = (typeof pilotRegions)[number]['id'];
/** Region and document ids: lower-case slugs, safe in paths and URLs. */
export declare const slugPattern: RegExp;
export declare const defaultLosingSightDays = 30;
