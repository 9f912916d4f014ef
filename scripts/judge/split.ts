/** The FNC-1 validation split: 20% of the article bodies, chosen by a seeded hash of the body id. */
export const FNC_VALIDATION_SHARE = 0.2;
export const FNC_SPLIT_SEED = 2017;
