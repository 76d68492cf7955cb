/** A stored image's name: a content digest (24 hex) and the type sniffed from its bytes. */
export const IMAGE_ID_PATTERN = /^[0-9a-f]{24}\.(png|jpg|gif|webp|bmp|avif|svg)$/;
