/** The URL of the parameter island's entry module (src/integrations/parameter-island.ts). */
declare module 'virtual:glossary/parameter-island' {
  const url: string;
  export default url;
}
