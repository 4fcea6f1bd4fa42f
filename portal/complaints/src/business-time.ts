/** Business minutes as "3 h 20 min" (hours and minutes of working time, not of the clock). */
export const formatBusinessMinutes = (minutes: number) => {
  const whole = Math.abs(Math.round(minutes));
  const hours = Math.floor(whole / 60);
  return hours ? `${hours} h ${whole % 60} min` : `${whole} min`;
};
