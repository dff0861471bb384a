/** Engine version carried by every result (bump on any change that alters numbers). */
export const ENGINE_VERSION = '0.3.0';
