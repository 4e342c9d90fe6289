/** The stopwords-iso package ships JSON without types: stop words per ISO 639-1 language. */
declare module "stopwords-iso" {
  const stopwords: Record<string, string[]>;
  export default stopwords;
}
